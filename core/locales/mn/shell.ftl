## Shell
app-name = ХЭТБЭД-ийн зөвлөмжийн хэрэгжилтийн самбар
loading = Өгөгдлийг ачаалж байна…
as-of = Өгөгдлийн огноо: { $date }
sources = Эх сурвалж
sources-intro = Энэ самбарын бүх тоо баримт дараах баримт бичгүүдээс авсан.
language = Хэл
nav-label = Харагдац
nav-overview = Тойм
nav-recommendations = Зөвлөмжүүд
nav-map = Газрын зураг
nav-consultations = Зөвлөлдөх уулзалтууд
nav-data = Өгөгдөл
nav-charts = Графикууд
nav-rate = Үнэлэх
nav-validate = Харьцуулж тохирох
skip-to-content = Үндсэн агуулга руу шилжих
footer-dataset = Өгөгдлийн форматын хувилбар { $version }. Зөвлөмжийн эх бичвэр: НҮБ-ын баримт бичиг.

## Statuses and kinds
status-fully = Бүрэн хэрэгжсэн
status-partially = Хэсэгчлэн хэрэгжсэн
status-not = Хэрэгжээгүй
status-not-assessed = Үнэлээгүй
response-supported = Дэмжсэн
response-noted = Тэмдэглэж авсан
response-supported-in-part = Хэсэгчлэн дэмжсэн
assessor-government = Засгийн газар
assessor-nhri = Хүний эрхийн үндэсний комисс
assessor-civil_society = Иргэний нийгэм
assessor-other = Бусад
consultation-provincial = Аймгийн
consultation-regional = Бүсийн
consultation-national = Үндэсний
consultation-validation = Баталгаажуулах уулзалт
consultation-training = Сургалт
region-aimag = Аймаг
region-capital = Нийслэл
region-division = Засаг захиргааны нэгж

## Overview
overview-title = Тойм
cycle-title = { $number }-р мөчлөг
cycle-review = Хэлэлцсэн: { $date }, Ажлын хэсгийн { $session }-р чуулган
cycle-documents = Баримт бичиг
received = Хүлээн авсан
supported = Дэмжсэн
noted = Тэмдэглэж авсан
supported-in-part = Хэсэгчлэн дэмжсэн
assessed = Үнэлсэн
not-assessed-count = Үнэлээгүй
recommending-states = Зөвлөмж өгсөн улс
counts-from-dataset = Энэ өгөгдөл дэх зөвлөмжүүдээс тоолсон.
counts-published = Нийтлэгдсэн тоо (зөвлөмжүүд өөрсдөө энэ өгөгдөлд ороогүй). Эх сурвалж: { $source }
counts-unknown = Энэ мөчлөгийн зөвлөмжүүд өгөгдөлд ороогүй бөгөөд ашигласан эх сурвалжид тоо нийтлэгдээгүй.
status-by-assessor = Үнэлэгчээр хэрэгжилтийн байдал
status-by-assessor-caption = Үнэлэгч бүрийн зөвлөмж тус бүрд өгсөн хамгийн сүүлийн үнэлгээ. Ямар ч эх сурвалж үнэлээгүй зөвлөмжийг “үнэлээгүй” гэж харуулна.
status-column = Төлөв
assessor = Үнэлэгч
published-rating = Нийтлэгдсэн нэгдсэн үнэлгээ
published-rating-by = { $kind }, { $source }
caveat = Анхааруулга
labels-as-published = Эх баримт дахь нэршил: { $labels }

## Recommendations
recommendations-title = Зөвлөмжүүд
recommendations-count = { $count } зөвлөмж
by-theme = Сэдвээр
theme = Сэдэв
count = Тоо
paragraph = Заалт
recommendation = Зөвлөмж
recommending-state = Зөвлөмж өгсөн улс
response = Хариу
latest-status = Сүүлийн байдал
themes = Сэдвүүд

## Map
map-title = Аймгаар зөвлөлдөх уулзалт
map-metric-consultations = Тухайн бүс нутагт болсон буюу оролцсон уулзалт
map-credit = Газрын зураг: © OpenStreetMap-ийн хувь нэмэр оруулагчид; geoBoundaries (ODbL 1.0)
map-unnamed = Үүнээс гадна { $date }-д { $of } аймгийн { $count }-д нь уулзалт болсон боловч эх сурвалжид аймгуудыг нэрлээгүй тул газрын зурагт тоолоогүй.
region = Бүс нутаг
capital = Төв
consultations-held = Зохион байгуулсан уулзалт
no-data = өгөгдөлгүй
map-none = { $state }-д зориулсан аймаг, мужийн газрын зураг алга. Бусад хэсэг хэвийн ажиллана.
map-loading = Газрын зургийг зурж байна…
map-unavailable = Газрын зургийн сан ачаалагдсангүй; доорх хүснэгтэд ижил тоо байна.

## Consultations
consultations-title = Зөвлөлдөх уулзалтууд
consultations-count = { $count } уулзалт
consultation-when = Огноо
consultation-kind = Төрөл
consultation-where = Хаана
organisers = Зохион байгуулагч
organisers-unknown = эх сурвалжид дурдаагүй
participants = Оролцогчид
participants-total = { $approx ->
    [yes] ойролцоогоор { $count }
   *[no] { $count }
  }
participants-unknown = нийтлэгдээгүй
regions-covered = Хамрагдсан бүс нутаг
regions-unnamed = { $of } аймгийн { $count }, эх сурвалжид нэрлээгүй
source = Эх сурвалж

## Dates
month-1 = 1-р сар
month-2 = 2-р сар
month-3 = 3-р сар
month-4 = 4-р сар
month-5 = 5-р сар
month-6 = 6-р сар
month-7 = 7-р сар
month-8 = 8-р сар
month-9 = 9-р сар
month-10 = 10-р сар
month-11 = 11-р сар
month-12 = 12-р сар
date-year = { $year } он
date-month = { $year } оны { $monthnum }-р сар
date-day = { $year } оны { $monthnum }-р сарын { $day }
date-days = { $year } оны { $monthnum }-р сарын { $start }–{ $end }
date-span = { $start } – { $end }

## Data problems
error-title = Өгөгдлийг харуулах боломжгүй
error-intro = { $file } файлд { $count } алдаа байна. Юу ч өөрчлөгдөөгүй; файлыг засах эсвэл хуудсыг дахин ачаална уу.
error-place = Файл дахь байршил
error-problem = Асуудал
whole-file = файл бүхэлдээ
reload = Дахин ачаалах
warnings-title = Өгөгдөл { $count } анхааруулгатай ачаалагдлаа
dismiss = Хаах
show-details = Дэлгэрэнгүй
issue-http = Сервер HTTP { $status } гэж хариулсан (файл байхгүй эсвэл уншигдахгүй байна).
issue-network = Файлыг татаж чадсангүй: { $detail }
issue-empty-file = Файл хоосон байна.
issue-not-utf8 = Файл UTF-8 кодчилолгүй тул үсгийг нь уншиж чадсангүй ({ $line }-р мөрийн { $column }-р баганаас). UTF-8 кодчилолоор дахин хадгална уу.
issue-syntax = Энэ нь хүчинтэй JSON биш байна ({ $line }-р мөр, { $column }-р багана): { $detail }
issue-shape = Утгын төрөл буруу эсвэл дутуу байна: { $detail }
issue-wrong-format = Энэ нь энэ самбарын өгөгдөл биш байна (формат { $found }).
issue-wrong-version = Өгөгдлийн форматын энэ хувилбарыг ({ $found }) дэмждэггүй; 1 эсвэл 2 байх ёстой.
issue-unknown-reference = Тодорхойгүй { $target } “{ $value }”.
issue-duplicate = “{ $value }” нэгээс олон удаа орсон байна.
issue-bad-date = “{ $value }” нь огноо биш байна (YYYY, YYYY-MM эсвэл YYYY-MM-DD байх ёстой).
issue-unknown-word = “{ $value }” нь дараахын аль нь ч биш: { $expected }.
issue-empty = Энэ хоосон байж болохгүй.
issue-missing-translation = Монгол бичвэр алга; англиар харуулж байна.
issue-count-mismatch = { $listed } зөвлөмж жагсаасан боловч { $published } гэж нийтлэгдсэн.
issue-percentages = Хувиудын нийлбэр 100 биш, { $total } байна.
target-document = баримт бичиг
target-region = бүс нутаг
target-cycle = мөчлөг
target-theme = сэдэв
target-recommendation = зөвлөмж
target-assessment-source = үнэлгээний эх сурвалж

## Crash
crash-title = Алдаа гарлаа
crash-body = Самбарт дотоод алдаа гарлаа. Таны өгөгдөл болон холбоосууд хэвээр байна: үргэлжлүүлэхийн тулд хуудсыг дахин ачаална уу.
query-ignored = Холбоос дахь ойлгогдоогүй утгыг орхисон: { $values }
update-available = Самбарын шинэ хувилбар гарсан байна. Дахин ачаалах хүртэл одоогийн харагдац хэвээр байна.
update-reload = Одоо дахин ачаалах
deck-summary = { $count ->
    [0] Илтгэл
   *[other] Илтгэл ({ $count } слайд)
  }
deck-add = Энэ харагдацыг слайд болгон нэмэх
deck-present = Илтгэх
deck-ready-hint = Бэлэн илтгэл: тойм, графикууд, газрын зураг, зөвлөлдөх уулзалтууд, одоо сонгосон шүүлтүүрээр. Дараа нь слайдуудын нэрийг өөрчлөх, дарааллыг солих, хасах боломжтой.
deck-download = Илтгэлийг татах
deck-copy = Илтгэлийн холбоосыг хуулах
deck-open = Илтгэлийн файл нээх
deck-opened = { $count } слайдтай илтгэлийг нээлээ.
deck-file-error = { $file } илтгэлийн файлыг нээж чадсангүй: { $detail }. Одоогийн илтгэл өөрчлөгдөөгүй.
slide-title-label = { $n }-р слайдын гарчиг
slide-note-label = Илтгэгчийн тэмдэглэл
slide-up = { $n }-р слайдыг дээш зөөх
slide-down = { $n }-р слайдыг доош зөөх
slide-remove = { $n }-р слайдыг хасах
slide-number = { $total } слайдын { $n }
slide-previous = Өмнөх слайд
slide-next = Дараагийн слайд
slide-exit = Илтгэлээс гарах (Esc)
qr-show = Энэ харагдацын QR код
print-no-filters = Бүх зөвлөмж (шүүлтүүргүй)
print-source = Эх сурвалж: { $title }, өгөгдлийн огноо { $date }; НҮБ-ын баримт бичиг { $documents }.
glance-title = Товч тойм
glance-source = { $title }, өгөгдлийн огноо: { $date }.
glance-missing = — : ашигласан эх сурвалжид тоо байхгүй.
part-loading = Самбарын энэ хэсгийг ачаалж байна…
part-failed = Самбарын энэ хэсгийг ачаалж чадсангүй. Холболтоо шалгаад дахин оролдох эсвэл хуудсыг дахин ачаална уу: холбоос таны сонгосон бүх зүйлийг хадгална.
part-retry = Дахин оролдох
