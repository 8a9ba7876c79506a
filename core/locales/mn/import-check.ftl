# Импортын шалгалтын өөрийн үгс: асуудал, тайлан. Зөвхөн импортын worker (болон тестүүд) үүнийг
# агуулна; апп worker-ээс ирсэн өгүүлбэрийг харуулна.
import-no-changes = Эдгээр файл одоогийн өгөгдөлд юу ч өөрчлөхгүй.
import-blocked = { $count ->
    [one] Өгөгдлийг оруулахаас өмнө нэг алдааг засах шаардлагатай.
   *[other] Өгөгдлийг оруулахаас өмнө { $count } алдааг засах шаардлагатай.
}
import-warning = Анхааруулга
import-file-rows = { $rows ->
    [one] нэг мөр
   *[other] { $rows } мөр
}
import-tracker-summary = Энэ жагсаалт харуулж буй өгөгдлийн бус, { $state }-ийн тухай тул нэгтгэсэнгүй. Доор { $state }-д зориулсан хяналтыг эхлүүлэх, эсвэл цуцлах боломжтой.
import-tracker-offer = Энэ файлаас { $state }-д зориулсан хяналтыг эхлүүлэх ({ $count } зөвлөмж)
import-tracker-note = Импортын адил одоо харуулж буй өгөгдлийн оронд энэ хөтөчид хадгалагдана; нэг товшилтоор анхны өгөгдөл рүү буцна.
import-change-added = { $count } нэмэгдсэн
import-change-changed = { $count } өөрчлөгдсөн
import-change-unchanged = { $count } өөрчлөгдөөгүй
import-change-removed = { $count } хасагдсан
import-at-merged = нэгтгэсэн өгөгдөл
import-at-row = { $row }-р мөр
import-at-column = “{ $column }” багана
import-problem-not-utf8 = Файл UTF-8 кодчилолгүй тул үсгийг нь уншиж чадсангүй. Excel-д “Save as” гэж “CSV UTF-8 (comma delimited)”-г сонгоно уу; LibreOffice-д “Unicode (UTF-8)” тэмдэгтийн багцыг сонгоно уу.
import-problem-empty-file = Файл хоосон байна. Гарчгийн мөр болон дор хаяж нэг өгөгдлийн мөр (эсвэл JSON хэлбэрийн өгөгдөл) байх ёстой.
import-problem-no-rows = Файлд гарчгийн мөр байгаа ч өгөгдлийн мөр алга тул оруулах зүйлгүй байна.
import-problem-unknown-kind = Энэ файлын баганууд аль ч загварт тохирохгүй байна (олдсон: { $found }). Загварын гарчиг — { $expected } — эсвэл JSON хэлбэрийн бүтэн өгөгдөл байх ёстой.
import-problem-not-dataset = Энэ JSON файл энэ самбарын өгөгдөл биш байна (“format” нь { $found }; "upr-dashboard-dataset" байх ёстой). JSON-оор зөвхөн бүтэн өгөгдөл оруулах боломжтой; тусдаа мөрүүдийг CSV загвараар оруулна уу.
import-problem-second-dataset = Нэг удаад зөвхөн нэг бүтэн өгөгдөл оруулах боломжтой бөгөөд “{ $first }” аль хэдийн сонгогдсон байна. Тэдгээрийн нэгийг нь оруулна уу.
import-problem-csv-syntax = CSV-г эндээс цааш уншиж чадсангүй: { $detail }. Энэ мөрийн хашилтын тэмдгийг шалгана уу.
import-problem-missing-column = “{ $en }” (монголоор “{ $mn }”) багана алга байна; { $template }-ийн загварт энэ багана заавал байх ёстой.
import-problem-unknown-column = “{ $header }” багана { $template }-ийн загварт байхгүй тул тооцохгүй. Загварын баганууд: { $known }.
import-problem-unnamed-column = { $position }-р баганад утга байгаа ч гарчиггүй тул тооцохгүй. Загварын баганын гарчгийг өгөх эсвэл баганыг устгана уу.
import-problem-duplicate-column = “{ $first }” болон “{ $second }” баганууд хоёулаа “{ $column }” гэсэн утгатай байна. Нэгийг нь үлдээнэ үү.
import-problem-extra-cells = Энэ мөрөнд гарчгийн мөрөөс олон нүд байна; сүүлийн баганаас цаашхи нүднүүдийг тооцохгүй.
import-problem-empty-cell = Энэ нүд хоосон байна, гэвч энэ баганыг заавал бөглөх ёстой.
import-problem-bad-date = “{ $value }” нь огноо биш байна. 2024-03-05 гэх мэт он-сар-өдөр, эсвэл 2024-03, 2024 байх ёстой; 05.03.2024, 2024/03/05 болон хүснэгтийн программын огноог мөн уншина. Тухайн сард байхгүй өдөр байж болохгүй.
import-problem-ambiguous-date = “{ $value }” нь { $a } ч байж болно, { $b } ч байж болно. Он-сар-өдөр дарааллаар, жишээ нь { $a } гэж бичнэ үү.
import-problem-bad-number = “{ $value }” нь бүхэл тоо биш байна. Зөвхөн цифр, жишээ нь 2 эсвэл 120 байх ёстой (ойролцоо тоо бол ~120).
import-problem-unknown-status = “{ $value }” нь хэрэгжилтийн төлөв биш байна. бүрэн, хэсэгчлэн эсвэл хэрэгжээгүй байх ёстой (мөн “бүрэн хэрэгжсэн”, “хэсэгчлэн хэрэгжсэн”; англиар fully, partially, not).
import-problem-unknown-assessor-kind = “{ $value }” нь үнэлэгчийн төрөл биш байна. засгийн газар, ХЭҮК, иргэний нийгэм эсвэл бусад байх ёстой (англиар government, nhri, civil_society, other).
import-problem-unknown-consultation-kind = “{ $value }” нь зөвлөлдөх уулзалтын төрөл биш байна. аймгийн, бүсийн, үндэсний, баталгаажуулах эсвэл сургалт байх ёстой (англиар provincial, regional, national, validation, training).
import-problem-unknown-response = “{ $value }” нь хариу биш байна. дэмжсэн, тэмдэглэсэн эсвэл хэсэгчлэн дэмжсэн байх ёстой (англиар supported, noted, supported in part).
import-problem-unknown-recommendation = Өгөгдөлд “{ $value }” зөвлөмж алга байна. c1-84.5 (1-р мөчлөг, 84.5-р заалт) гэх мэт зөвлөмжийн дугаар, эсвэл зөвхөн нэг мөчлөгт байгаа заалтын дугаар байх ёстой.
import-problem-ambiguous-paragraph = “{ $value }” заалт нэгээс олон мөчлөгт байна ({ $ids }). Оронд нь зөвлөмжийн дугаарыг бичнэ үү.
import-problem-unknown-region = “{ $value }” нь бүс нутаг биш байна. MN-1, MN-035 гэх мэт бүс нутгийн код, эсвэл Улаанбаатар, Орхон, Ulaanbaatar гэх мэт нэр байх ёстой.
import-problem-unknown-theme = “{ $value }” нь сэдэв биш байна. death-penalty гэх мэт сэдвийн дугаар, эсвэл сэдвийн монгол, англи нэр байх ёстой.
import-problem-unknown-cycle = Өгөгдөлд “{ $value }” мөчлөг алга байна. Мөчлөгийн дугаар байх ёстой: { $known }.
import-problem-unknown-document = Өгөгдөлд “{ $value }” баримт бичиг алга байна. A/HRC/16/5 гэх мэт жагсаалтад байгаа баримт бичгийн дугаар байх ёстой.
import-problem-no-cycle-document = { $cycle }-р мөчлөгт зөвлөмжийг бүртгэх баримт бичиг алга байна. “баримт бичиг” баганад баримт бичгийн дугаарыг бичнэ үү.
import-problem-duplicate-row = Энэ мөр { $row }-р мөрийг давтаж байна ({ $key }). Тус бүр зөвхөн нэг удаа орох ёстой; мөрүүдийн нэгийг устгана уу.
import-problem-duplicate-row-other-file = Энэ мөр “{ $file }” файлын { $row }-р мөрийг давтаж байна ({ $key }). Тус бүр зөвхөн нэг удаа орох ёстой; мөрүүдийн нэгийг устгана уу.
import-problem-id-convention = Дугаар нь c<мөчлөг>-<заалт> гэсэн журамд нийцэхгүй байна; “{ $expected }” байх ёстой. Мөрийг бичсэнээр нь оруулна.
import-problem-source-kind-differs = “{ $name }” нэртэй үнэлгээний эх сурвалж “{ $kind }” төрөлтэй байна; энэ төрөлд тусдаа эх сурвалж үүсгэнэ. Хэрэв нэг байгууллага бол үнэлэгчийн төрлийг шалгана уу.
import-problem-no-source-document = Эх сурвалж болох баримт бичиг заагаагүй тул “{ $file }” файлыг өөрийг нь эх сурвалжаар бүртгэнэ. Баримт бичгүүд өгөгдөлд байгаа бол “эх сурвалж” баганад тэдгээрийн дугаарыг нэмнэ үү.
import-problem-base-unreadable = Одоогийн өгөгдлийг JSON хэлбэрээр уншиж чадаагүй тул түүнд юу ч нэгтгэх боломжгүй.
import-problem-docx-not-zip = Энэ нь уншиж болох Word файл биш байна ({ $detail }).
import-problem-docx-not-word = Энэ zip файлд Word баримт бичиг алга.
import-problem-docx-encrypted = Энэ Word файл нууц үгээр хамгаалагдсан байна; нууц үггүй хуулбарыг хадгалаад түүнийг оруулна уу.
import-problem-docx-too-large = Энэ файлын { $part } хэсэг задлахад 64 МБ-аас их болж байгаа тул уншсангүй.
import-problem-docx-damaged = Энэ Word файл гэмтсэн байна: { $part } хэсгийг уншиж чадсангүй ({ $detail }).
import-problem-list-no-state = Хуудасны толгойд хэлэлцүүлэгт орж буй улсыг нэрлээгүй байна (“UPR of …”).
import-problem-list-unknown-state = Хуудасны толгойд “{ $name }” гэж бичсэн нь НҮБ-ын гишүүн улсын нэр биш байна.
import-problem-list-no-table = Энэ Word файл зөвлөмжийн сэдэвчилсэн жагсаалт биш: “Recommendation”, “Position” баганатай хүснэгт алга.
import-problem-list-no-paragraph = Заалтын дугааргүй зөвлөмж: “{ $text }”.
import-problem-list-no-recommending-state = { $paragraph } зөвлөмжийн төгсгөлд хаалтанд зөвлөмж өгсөн улсыг нэрлээгүй байна.
import-problem-list-unknown-recommending-state = { $paragraph } зөвлөмжийг өгсөн “{ $name }” нь НҮБ-ын гишүүн улсын нэр биш тул бичсэнээр нь хадгаллаа.
import-problem-list-unknown-position = { $paragraph } зөвлөмжийн байр суурь “{ $value }” байна; Supported, Noted эсвэл Supported/Noted байх ёстой.
import-problem-list-duplicate-paragraph = { $paragraph } зөвлөмж жагсаалтад хоёр удаа байна; эхнийхийг нь авлаа.
import-problem-list-no-date = Энэ файл хэзээ үүссэнээ заагаагүй тул түүнээс эхлүүлэх хяналтад огноо өгөх боломжгүй; Word-оор нээж дахин хадгалаад хуулбарыг оруулна уу.
import-problem-other-state = Энэ жагсаалт { $list }-ийн тухай, харин харуулж буй өгөгдөл { $shown }-ийн тухай тул нэгтгэсэнгүй. Оронд нь энэ файлаас { $list }-д зориулсан хяналтыг эхлүүлж болно.
import-problem-office-container = Энэ нь нууц үгтэй эсвэл хуучин хэлбэрийн (.xls, .doc) Office файл байна. Түүнийг нээж, нууц үгийг арилгах эсвэл .xlsx / .docx хэлбэрээр хадгалаад хуулбарыг оруулна уу.
import-problem-uhri-not-uhri = Энэ Excel файл Хүний эрхийн түгээмэл индексийн экспорт биш: эхний хуудасны толгой мөр нь “{ $found }”; Text, Countries Concerned, Recommending Body зэрэг багана байх ёстой.
import-problem-uhri-damaged = Энэ Excel файлыг унших боломжгүй ({ $detail }). Дутуу татагдсан байж магадгүй: дахин татна уу.
import-problem-uhri-too-large = Энэ Excel файлыг задлахад 256 MB-аас их болох тул уншсангүй.
import-problem-uhri-json = Энэ JSON файл уншиж болох Хүний эрхийн түгээмэл индексийн экспорт биш: { $detail }.
import-problem-other-mechanisms = НҮБ-ын бусад механизмын { $count } зөвлөмжийг ({ $bodies }) авсангүй: хяналт нь ЗДЗ-ийн зөвлөмжийг дагана.
import-problem-replies = { $count } мөр нь улсын хариу (“Response of …”) бөгөөд зөвлөмж биш тул орхив.
import-problem-other-state-left-out = Энэ файл дахь { $state }-д өгсөн { $rows } зөвлөмжийг орхив: зөвхөн харуулж буй улсынхыг авна.
import-problem-short-row = Энэ мөрөнд { $columns } баганаас { $cells } нь л байна: файл дутуу хадгалагдсан эсвэл хашилт хаагдаагүй байна. Мөрийг орхив.
import-problem-legacy-encoding = Энэ файл UTF-8 биш тул { $encoding } кодчиллоор уншив. Өргөлттэй үсгүүд зөв харагдаж байгааг шалгана уу.
import-problem-other-wording = Энэ мөр бол { $id } зөвлөмж, өөр үгээр бичигдсэн; НҮБ-ын баримт бичгийн эх хэвээр үлдэнэ. Энэ файлд: “{ $theirs }” — НҮБ-ын баримт бичигт: “{ $ours }”.
import-problem-other-position = Энэ мөрөнд { $id } зөвлөмжийн байр суурийг “{ $theirs }” гэжээ; харуулж буй өгөгдөлд “{ $ours }” гэсэн бөгөөд тэр нь хэвээр үлдэнэ.
import-problem-unmatched = Энд { $state }-ийн { $cycle }-р мөчлөгийн зөвлөмжүүдээс энэ эх бичвэртэй буюу түүнтэй ойролцоо зөвлөмж алга тул мөрийг нэмсэнгүй: “{ $text }”.
import-crosscheck = { $state }: { $rows } мөр энд буй { $matched } зөвлөмжтэй тохирч байна (үүнээс { $close } нь зөвхөн өөр үгээр), { $unmatched } мөр юутай ч тохирсонгүй. Юу ч өөрчлөгдөхгүй: НҮБ-ын баримт бичгийн эх, байр суурь хэвээр үлдэнэ.
import-crosscheck-pledges = { $state }-ийн сайн дурын { $count } амлалт нь зөвлөмж биш тул орхив.
import-crosscheck-others = Бусад { $states } улсын тухай { $rows } мөрийг орхив.
