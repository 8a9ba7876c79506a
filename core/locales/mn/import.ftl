## Importing data: CSV templates and whole-dataset JSON (core/src/import)

import-title = Өгөгдөл оруулах
import-intro = Өөрийн үнэлгээ, зөвлөмж эсвэл зөвлөлдөх уулзалтыг CSV хэлбэрээр хадгалсан хүснэгтээс нэмэх, НҮБ-ын ХЭДКГ-ын зөвлөмжийн сэдэвчилсэн жагсаалтыг (Word) шууд оруулах, эсвэл бүтэн өгөгдлийн файл (JSON) ачаалах. Та баталгаажуулах хүртэл юу ч өөрчлөгдөхгүй; асуудал бүрийг файл, мөр, баганын хамт жагсаана.
import-choose-files = Файл сонгох
import-drop-hint = эсвэл CSV, JSON, Word (.docx) файлаа энд чирж оруулна уу
import-templates = Хоосон загвар
import-template-download = { $kind }-ийн загварыг татах
import-apply = Оруулсан өгөгдлийг ашиглах
import-cancel = Болих
import-no-changes = Эдгээр файл одоогийн өгөгдөлд юу ч өөрчлөхгүй.
import-blocked = { $count ->
    [one] Өгөгдлийг оруулахаас өмнө нэг алдааг засах шаардлагатай.
   *[other] Өгөгдлийг оруулахаас өмнө { $count } алдааг засах шаардлагатай.
}
import-error = Алдаа
import-warning = Анхааруулга
import-file-rows = { $rows ->
    [one] нэг мөр
   *[other] { $rows } мөр
}
import-required = заавал
import-optional = заавал биш
import-column-header-en = Гарчиг (англиар)
import-column-header-mn = Гарчиг (монголоор)
import-column-meaning = Утга

## Kinds of file
import-kind-recommendations = зөвлөмж
import-kind-assessments = үнэлгээ
import-kind-consultations = зөвлөлдөх уулзалт
import-kind-dataset = бүтэн өгөгдөл (JSON)
import-tracker-summary = Энэ жагсаалт харуулж буй өгөгдлийн бус, { $state }-ийн тухай тул нэгтгэсэнгүй. Доор { $state }-д зориулсан хяналтыг эхлүүлэх, эсвэл цуцлах боломжтой.
import-tracker-offer = Энэ файлаас { $state }-д зориулсан хяналтыг эхлүүлэх ({ $count } зөвлөмж)
import-tracker-note = Импортын адил одоо харуулж буй өгөгдлийн оронд энэ хөтөчид хадгалагдана; нэг товшилтоор анхны өгөгдөл рүү буцна.
import-kind-official-list = НҮБ-ын ХЭДКГ-ын зөвлөмжийн сэдэвчилсэн жагсаалт (Word)
import-kind-unknown = танигдаагүй

## Tables and changes
import-table-recommendations = Зөвлөмжүүд
import-table-assessments = Үнэлгээнүүд
import-table-assessment-sources = Үнэлгээний эх сурвалжууд
import-table-documents = Баримт бичгүүд
import-table-consultations = Зөвлөлдөх уулзалтууд
import-table-cycles = Мөчлөгүүд
import-change-added = { $count } нэмэгдсэн
import-change-changed = { $count } өөрчлөгдсөн
import-change-unchanged = { $count } өөрчлөгдөөгүй
import-change-removed = { $count } хасагдсан
import-changes-title = Оруулснаар юу өөрчлөгдөх вэ

## Where a problem is
import-at-merged = нэгтгэсэн өгөгдөл
import-at-row = { $row }-р мөр
import-at-column = “{ $column }” багана

## Problems
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

## The guide shown beside the import
import-guide-title = Файлыг хэрхэн бэлтгэх вэ
import-guide-intro = Загварыг татаж аваад, хүснэгтэд нэг мөрөнд нэг бичлэг бөглөж, CSV хэлбэрээр хадгална уу. Баганууд ямар ч дараалалтай байж болно; гарчиг нь англи эсвэл монгол, том эсвэл жижиг үсгээр, зай, доогуур зураас, зураасыг ялгахгүй. Заавал гэж тэмдэглэсэн багана байх ёстой бөгөөд бөглөгдсөн байх ёстой; бусад баганыг орхиж болно.
import-guide-encoding = “CSV UTF-8” хэлбэрээр хадгална уу. Таслал, цэгтэй таслал, табаар тусгаарласан файлыг бүгдийг нь, мөн Excel-ийн “Unicode text”-ийг уншина. Бусад кодчилолыг уншиж чадахгүй.
import-guide-lists = Нүдэнд жагсаалт (улс, сэдэв, бүс нутаг, баримт бичиг) байвал зүйлсийг цэгтэй таслалаар ; (эсвэл ~) тусгаарлана.
import-guide-dates = Огноо: 2024-03-05 (он-сар-өдөр), 2024-03 эсвэл 2024. Мөн 2024/03/05, 2024.03.05, 05.03.2024 (өдөр нь эхэндээ) болон хүснэгтийн программын огнооны нүдийг уншина. 03/05/2024 нь 5-р сарын 3 ч, 3-р сарын 5 ч байж болох тул хүлээн авахгүй; 15/03/2024 нь ганц утгатай тул уншина.
import-guide-keys = Түлхүүр нь аль хэдийн байгаа мөр тухайн бичлэгийг орлоно (өөрчлөгдсөн, эсвэл ялгаагүй бол өөрчлөгдөөгүй гэж тоологдоно); шинэ түлхүүртэй мөрийг нэмнэ. Юу ч устгахгүй. Зөвлөмж, зөвлөлдөх уулзалтын түлхүүр нь дугаар нь; үнэлгээний түлхүүр нь зөвлөмж, үнэлэгч, огноо, бүс нутаг юм.
import-guide-dataset = Бүтэн өгөгдөл (энэ хуудаснаас татсан гэх мэт JSON файл) одоогийн өгөгдлийг бүхэлд нь орлоно.
import-guide-official = НҮБ-ын ХЭДКГ-ын зөвлөмжийн сэдэвчилсэн жагсаалтыг (ohchr.org сайтын тухайн улсын ЗДЗ-ийн хуудсан дахь Word файл) шууд оруулж болно: зөвлөмж бүр улс, байр суурь, түүний эх сурвалж, ХЭДКГ-ын сэдэв, хүмүүсийн бүлэг, ТХЗ-той хамт c<мөчлөг>-<заалт> болно. Өөр улсын жагсаалтыг нэгтгэхгүй; оронд нь тайлан тухайн улсад зориулсан хяналтыг эхлүүлэхийг санал болгоно.
import-guide-recommendations = Зөвлөмж: ээлжит дүгнэлтийн мөчлөгийн нэг зөвлөмж нэг мөрөнд.
import-guide-assessments = Үнэлгээ: нэг үнэлэгч нэг зөвлөмжийг нэг өдөр үнэлсэн нь нэг мөрөнд. Үнэлэгчийг “үнэлэгч” баганад нэрлэнэ; ижил нэр, төрөлтэй мөрүүд нэг эх сурвалжтай бөгөөд өгөгдөлд байхгүй бол түүнийг үүсгэнэ.
import-guide-consultations = Зөвлөлдөх уулзалт: нэг уулзалт нэг мөрөнд.

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
import-col-recommendations-id = Зөвлөмжийн дугаар, c<мөчлөг>-<заалт>, жишээ нь c1-84.5.
import-col-recommendations-cycle = Ээлжит дүгнэлтийн мөчлөгийн дугаар, жишээ нь 1. Мөчлөг өгөгдөлд байх ёстой.
import-col-recommendations-paragraph = Тайлангийн заалт, жишээ нь 84.5.
import-col-recommendations-text = НҮБ-ын баримт бичигт байгаа бүтэн бичвэр.
import-col-recommendations-states = Зөвлөмж өгсөн улс эсвэл улсууд, ; тэмдгээр тусгаарлана.
import-col-recommendations-response = дэмжсэн, тэмдэглэсэн эсвэл хэсэгчлэн дэмжсэн (supported, noted, supported in part).
import-col-recommendations-themes = Сэдвүүд, дугаар эсвэл нэрээр, ; тэмдгээр тусгаарлана.
import-col-recommendations-document = Зөвлөмжийг бүртгэсэн баримт бичгийн дугаар; хоосон бол мөчлөгийн эхний баримт бичиг.
import-col-recommendations-response-document = Хариуг бүртгэсэн баримт бичгийн дугаар; хоосон бол “баримт бичиг”-тэй ижил.
import-col-recommendations-response-paragraph = Заавал биш: тэр баримт бичгийн байр суурийг илэрхийлсэн заалт, жишээ нь 3.
import-col-recommendations-session = Заавал биш: хэлэлцүүлгийн Ажлын хэсгийн чуулган, жишээ нь 48.
import-col-recommendations-ohchr-themes = Заавал биш: НҮБ-ын Хүний эрхийн дээд комиссарын газрын сэдвүүд, ; тэмдэгтээр тусгаарлана.
import-col-recommendations-persons = Заавал биш: хамаарах хүмүүсийн бүлгүүд, ; тэмдэгтээр тусгаарлана.
import-col-recommendations-sdgs = Заавал биш: Тогтвортой хөгжлийн зорилго, зорилт, жишээ нь 5; 16.2 .
import-col-assessments-recommendation = Зөвлөмжийн дугаар, жишээ нь c1-84.5 (эсвэл зөвхөн нэг мөчлөгт байгаа бол 84.5 заалт).
import-col-assessments-assessor-kind = засгийн газар, ХЭҮК, иргэний нийгэм эсвэл бусад (government, nhri, civil_society, other).
import-col-assessments-assessor = Үнэлгээ хийсэн байгууллага эсвэл тайлангийн нэр, жишээ нь “ХЭҮК-ын 2024 оны завсрын үнэлгээ”.
import-col-assessments-status = бүрэн, хэсэгчлэн эсвэл хэрэгжээгүй (fully, partially, not).
import-col-assessments-date = Үнэлгээ хийсэн огноо (огнооны тайлбарыг үзнэ үү).
import-col-assessments-evidence = Үнэлгээг нотлох эх сурвалжийн үг.
import-col-assessments-citation = Эх сурвалжийн хаана: хуудас эсвэл заалт.
import-col-assessments-region = Үнэлгээ нэг бүс нутгийн тухай бол түүний код эсвэл нэр (MN-1, Улаанбаатар, Ulaanbaatar).
import-col-consultations-id = Богино, давтагдашгүй дугаар, жишээ нь 2024-05-khovd.
import-col-consultations-kind = аймгийн, бүсийн, үндэсний, баталгаажуулах эсвэл сургалт (provincial, regional, national, validation, training).
import-col-consultations-date = Огноо, эсвэл яг өдөр нь тодорхойгүй бол 2018-03/2018-04 гэсэн хугацаа.
import-col-consultations-title-en = Англи гарчиг.
import-col-consultations-title-mn = Монгол гарчиг.
import-col-consultations-host-region = Уулзалт болсон бүс нутаг: код эсвэл нэр.
import-col-consultations-host-town-en = Уулзалт болсон газар англиар; хоосон бол бүс нутгийн төв.
import-col-consultations-host-town-mn = Уулзалт болсон газар монголоор.
import-col-consultations-regions = Хамрагдсан бүс нутгууд, код эсвэл нэр, ; тэмдгээр тусгаарлана.
import-col-consultations-participants = Оролцогчдын тоо (ойролцоо бол ~120).
import-col-consultations-themes = Хэлэлцсэн сэдвүүд, дугаар эсвэл нэрээр, ; тэмдгээр тусгаарлана.
import-col-consultations-sources = Уулзалтын тухай мэдээлсэн баримт бичгүүдийн дугаар, ; тэмдгээр тусгаарлана. Хоосон бол файлыг өөрийг нь эх сурвалжаар бүртгэнэ.
import-col-consultations-note-en = Англи тэмдэглэл.
import-col-consultations-note-mn = Монгол тэмдэглэл.
