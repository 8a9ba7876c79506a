## Importing data: CSV templates and whole-dataset JSON (core/src/import)

import-title = Өгөгдөл оруулах
import-intro = Өөрийн үнэлгээ, зөвлөмж эсвэл зөвлөлдөх уулзалтыг CSV хэлбэрээр хадгалсан хүснэгтээс нэмэх, албан ёсны жагсаалтыг шууд оруулах (ХЭДКГ-ын сэдэвчилсэн жагсаалт Word-оор, Хүний эрхийн түгээмэл индексийн Excel эсвэл JSON экспорт, UPR Info-гийн CSV), эсвэл бүтэн өгөгдлийн файл (JSON) ачаалах. Та баталгаажуулах хүртэл юу ч өөрчлөгдөхгүй; асуудал бүрийг файл, мөр, баганын хамт жагсаана.
import-choose-files = Файл сонгох
import-drop-hint = эсвэл CSV, JSON, Word (.docx), Excel (.xlsx) файлаа энд чирж оруулна уу
import-check-progress = Шалгаж байна…
import-check-stop = Шалгалтыг зогсоох
import-check-stopped = Шалгалтыг зогсоов; юу ч өөрчлөгдсөнгүй.
import-many-problems = { $count } асуудал олдлоо; эхний { $shown }-ийг доор жагсааж, төрөл бүрийг энд тоолов.
import-download-problems = Бүх { $count } асуудлыг татах (CSV)
import-groups-title = Асуудлын төрлөөр
import-groups-count = Тоо
import-groups-first = Анхны байршил
import-templates = Хоосон загвар
import-template-download = { $kind }-ийн загварыг татах
import-apply = Оруулсан өгөгдлийг ашиглах
import-cancel = Болих
import-error = Алдаа
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
import-kind-official-list = НҮБ-ын ХЭДКГ-ын зөвлөмжийн сэдэвчилсэн жагсаалт (Word)
import-kind-upr-info = UPR Info байгууллагын мэдээллийн сангийн экспорт (CSV)
import-kind-uhri-excel = Хүний эрхийн түгээмэл индексийн экспорт (Excel)
import-kind-uhri-json = Хүний эрхийн түгээмэл индексийн экспорт (JSON)
import-kind-unknown = танигдаагүй

## Tables and changes
import-table-recommendations = Зөвлөмжүүд
import-table-assessments = Үнэлгээнүүд
import-table-assessment-sources = Үнэлгээний эх сурвалжууд
import-table-documents = Баримт бичгүүд
import-table-consultations = Зөвлөлдөх уулзалтууд
import-table-cycles = Мөчлөгүүд
import-changes-title = Оруулснаар юу өөрчлөгдөх вэ

## Where a problem is

## Problems

## The guide shown beside the import
import-guide-title = Файлыг хэрхэн бэлтгэх вэ
import-guide-intro = Загварыг татаж аваад, хүснэгтэд нэг мөрөнд нэг бичлэг бөглөж, CSV хэлбэрээр хадгална уу. Баганууд ямар ч дараалалтай байж болно; гарчиг нь англи эсвэл монгол, том эсвэл жижиг үсгээр, зай, доогуур зураас, зураасыг ялгахгүй. Заавал гэж тэмдэглэсэн багана байх ёстой бөгөөд бөглөгдсөн байх ёстой; бусад баганыг орхиж болно.
import-guide-encoding = “CSV UTF-8” хэлбэрээр хадгална уу. Таслал, цэгтэй таслал, табаар тусгаарласан файлыг бүгдийг нь, мөн Excel-ийн “Unicode text”-ийг уншина. Бусад кодчилолыг уншиж чадахгүй.
import-guide-lists = Нүдэнд жагсаалт (улс, сэдэв, бүс нутаг, баримт бичиг) байвал зүйлсийг цэгтэй таслалаар ; (эсвэл ~) тусгаарлана.
import-guide-dates = Огноо: 2024-03-05 (он-сар-өдөр), 2024-03 эсвэл 2024. Мөн 2024/03/05, 2024.03.05, 05.03.2024 (өдөр нь эхэндээ) болон хүснэгтийн программын огнооны нүдийг уншина. 03/05/2024 нь 5-р сарын 3 ч, 3-р сарын 5 ч байж болох тул хүлээн авахгүй; 15/03/2024 нь ганц утгатай тул уншина.
import-guide-keys = Түлхүүр нь аль хэдийн байгаа мөр тухайн бичлэгийг орлоно (өөрчлөгдсөн, эсвэл ялгаагүй бол өөрчлөгдөөгүй гэж тоологдоно); шинэ түлхүүртэй мөрийг нэмнэ. Юу ч устгахгүй. Зөвлөмж, зөвлөлдөх уулзалтын түлхүүр нь дугаар нь; үнэлгээний түлхүүр нь зөвлөмж, үнэлэгч, огноо, бүс нутаг юм.
import-guide-dataset = Бүтэн өгөгдөл (энэ хуудаснаас татсан гэх мэт JSON файл) одоогийн өгөгдлийг бүхэлд нь орлоно.
import-guide-official = НҮБ-ын ХЭДКГ-ын зөвлөмжийн сэдэвчилсэн жагсаалт (ohchr.org сайтын тухайн улсын ЗДЗ-ийн хуудсан дахь Word файл) болон Хүний эрхийн түгээмэл индексийн экспортыг (Excel эсвэл JSON, uhri.ohchr.org сайтаас) шууд оруулж болно: ЗДЗ-ийн зөвлөмж бүр улс, байр суурь, ХЭДКГ-ын сэдэв, хүмүүсийн бүлэг, ТХЗ-той хамт c<мөчлөг>-<заалт> болно. Өөр улсын жагсаалтыг нэгтгэхгүй; оронд нь тайлан тухайн улсад зориулсан хяналтыг эхлүүлэхийг санал болгоно. UPR Info-гийн CSV экспортыг өгөгдөлтэй мөр мөрөөр нь тулгах бөгөөд юу ч өөрчлөхгүй.
import-guide-recommendations = Зөвлөмж: ээлжит дүгнэлтийн мөчлөгийн нэг зөвлөмж нэг мөрөнд.
import-guide-assessments = Үнэлгээ: нэг үнэлэгч нэг зөвлөмжийг нэг өдөр үнэлсэн нь нэг мөрөнд. Үнэлэгчийг “үнэлэгч” баганад нэрлэнэ; ижил нэр, төрөлтэй мөрүүд нэг эх сурвалжтай бөгөөд өгөгдөлд байхгүй бол түүнийг үүсгэнэ.
import-guide-consultations = Зөвлөлдөх уулзалт: нэг уулзалт нэг мөрөнд.

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
import-col-recommendations-mechanism = Заавал биш: ээлжит дүгнэлтийнх бол хоосон (эсвэл UPR); бусад үед зөвлөмж өгсөн НҮБ-ын механизм, жишээ нь CRC — тэгвэл мөчлөг, улс, хариу хоосон, баримт бичиг заавал.
import-col-recommendations-annotation = Заавал биш: Хүний эрхийн түгээмэл индексийн тэмдэглэгээний дугаар; өөр механизмын зөвлөмжийн дугаар нь uhri-<тэмдэглэгээ> болно.
import-col-assessments-recommendation = Зөвлөмжийн дугаар, жишээ нь c1-84.5 (эсвэл зөвхөн нэг мөчлөгт байгаа бол 84.5 заалт).
import-col-assessments-assessor-kind = засгийн газар, ХЭҮК, иргэний нийгэм эсвэл бусад (government, nhri, civil_society, other).
import-col-assessments-assessor = Үнэлгээ хийсэн байгууллага эсвэл тайлангийн нэр, жишээ нь “ХЭҮК-ын 2024 оны завсрын үнэлгээ”.
import-col-assessments-status = бүрэн, хэсэгчлэн эсвэл хэрэгжээгүй (fully, partially, not).
import-col-assessments-date = Үнэлгээ хийсэн огноо (огнооны тайлбарыг үзнэ үү).
import-col-assessments-evidence = Үнэлгээг нотлох эх сурвалжийн үг.
import-col-assessments-citation = Эх сурвалжийн хаана: хуудас эсвэл заалт.
import-col-assessments-region = Үнэлгээ нэг бүс нутгийн тухай бол түүний код эсвэл нэр (MN-1, Улаанбаатар, Ulaanbaatar).
import-col-assessments-note = Үнэлгээний тухай тэмдэглэл, жишээ нь баталгаажуулах уулзалтын шийдвэр.
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
import-tracker-choose = Улс
import-tracker-start-chosen = Сонгосон улсад зориулсан хяналтыг эхлүүлэх
