// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/DemoDataGenerator.h"

#include "models/domain/Client.h"
#include "models/domain/Currency.h"
#include "models/domain/Deliverable.h"
#include "models/domain/Invoice.h"
#include "models/domain/InvoiceCalculator.h"
#include "models/domain/Project.h"
#include "models/domain/SeededRandom.h"
#include "models/store/AgencyProfileRepository.h"
#include "models/store/RepositorySupport.h"
#include "models/store/SearchIndex.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"
#include "models/store/StoreLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <array>
#include <bit>
#include <initializer_list>
#include <optional>
#include <span>

namespace ClientDesk {

namespace {
constexpr qint64 MaxCount = 1'000'000'000;
// Page cache for the duration of a generation: random UUID keys make every index insert land
// on a random page, and with the default budget SQLCipher spends its time re-reading and
// decrypting them (ARCHITECTURE.md: 12 s with 64 MB against 61 s with 8 MB for 1.55 M rows).
constexpr int BulkCacheKiB = 64 * 1024;
// How many units of work pass between two calls of the progress callback.
constexpr qint64 ProgressEvery = 1000;
// Issue dates reach this far back from the clock's today.
constexpr int HistoryDays = 3 * 365;

// Word lists. Everything the generator writes is made from these: no downloads, no real people,
// no real domains (emails end in example.com/.org/.net or .test, RFC 2606).

using Words = std::span<const QStringView>;

enum class NameOrder { GivenFirst, FamilyFirst, FamilyFirstJoined };

// How people of one naming culture are called.
struct Culture
{
    Words given;
    Words family;
    // Latin spellings, index for index, where the script has none an email address could use;
    // empty when the names are Latin (they are folded to ASCII instead).
    Words givenLatin;
    Words familyLatin;
    NameOrder order = NameOrder::GivenFirst;
};

constexpr QStringView GermanGiven[] = {u"Jürgen",   u"Anja",       u"Lukas", u"Sabine",
                                       u"Matthias", u"Jörg",       u"Käthe", u"Uwe",
                                       u"Leonie",   u"Maximilian", u"Björn", u"Grete"};
constexpr QStringView GermanFamily[] = {u"Müller", u"Schäfer",  u"Weiß",    u"Groß",
                                        u"Köhler", u"Schröder", u"Becker",  u"Hoffmann",
                                        u"Krüger", u"Vogt",     u"Meißner", u"Fuchs"};
constexpr QStringView FrenchGiven[] = {u"François", u"Zoë",    u"Amélie", u"Hélène",
                                       u"Benoît",   u"Cécile", u"Jérôme", u"Noël",
                                       u"Maëlle",   u"Loïc",   u"Inès",   u"Thibault"};
constexpr QStringView FrenchFamily[] = {u"Lefèvre",  u"Dubois",    u"Moreau",   u"Girard",
                                        u"Fontaine", u"Rousseau",  u"Bérenger", u"Faure",
                                        u"Gauthier", u"Chevalier", u"Lemaître", u"Leroy"};
constexpr QStringView EnglishGiven[] = {u"Oliver", u"Siobhán", u"Aoife", u"Niamh",
                                        u"Emily",  u"James",   u"Grace", u"Rhys",
                                        u"Dylan",  u"Chloë",   u"Amara", u"Tom"};
constexpr QStringView EnglishFamily[] = {u"Smith",    u"O'Brien", u"MacDonald", u"Jones",
                                         u"Williams", u"Taylor",  u"Evans",     u"O'Connor",
                                         u"Clarke",   u"Okafor",  u"Hughes",    u"Patel"};
constexpr QStringView NordicGiven[] = {u"Björn", u"Åsa",  u"Søren",  u"Ingrid",   u"Øystein",
                                       u"Märta", u"Lars", u"Linnéa", u"Sigríður", u"Þórhildur"};
constexpr QStringView NordicFamily[] = {u"Lindqvist",  u"Åberg",     u"Sørensen",   u"Ekström",
                                        u"Nyström",    u"Håkansson", u"Østergaard", u"Bjørnstad",
                                        u"Jónsdóttir", u"Andersson"};
constexpr QStringView SpanishGiven[] = {u"Ñuño",    u"José", u"María",     u"Begoña", u"Íñigo",
                                        u"Joaquín", u"João", u"Conceição", u"Nuria",  u"Álvaro"};
constexpr QStringView SpanishFamily[] = {u"Núñez",     u"García",    u"Muñoz",  u"Peña",
                                         u"Ibáñez",    u"Gonçalves", u"Araújo", u"Castaño",
                                         u"Fernández", u"Oñate"};
constexpr QStringView ItalianGiven[] = {u"Niccolò", u"Martina", u"Lorenzo",  u"Giulia",
                                        u"Andrea",  u"Chiara",  u"Gianluca", u"Aurora"};
constexpr QStringView ItalianFamily[] = {u"Rossi",  u"Bianchi", u"D'Angelo", u"Esposito",
                                         u"Romano", u"Colombo", u"Ricci",    u"De Luca"};
constexpr QStringView DutchGiven[] = {u"Sanne", u"Daan",   u"Eefje",   u"Joost",
                                      u"Femke", u"Sjoerd", u"Maartje", u"Thijs"};
constexpr QStringView DutchFamily[] = {u"de Vries", u"van den Berg", u"Bakker",   u"van Dijk",
                                       u"Jansen",   u"de Jong",      u"IJzerman", u"Visser"};
constexpr QStringView PolishGiven[] = {u"Łukasz", u"Małgorzata", u"Wojciech",   u"Agnieszka",
                                       u"Paweł",  u"Zofia",      u"Bartłomiej", u"Jadwiga"};
constexpr QStringView PolishFamily[] = {u"Nowak", u"Wójcik", u"Kowalczyk", u"Zając",
                                        u"Mazur", u"Król",   u"Wróbel",    u"Dąbek"};
constexpr QStringView TurkishGiven[] = {u"Çağla", u"Gökhan", u"İlker", u"Şükrü",
                                        u"Ayşe",  u"Ömer",   u"Elif",  u"Barış"};
constexpr QStringView TurkishFamily[] = {u"Öztürk", u"Yılmaz", u"Şahin", u"Çelik",
                                         u"Doğan",  u"Aydın",  u"Kılıç", u"Güneş"};
constexpr QStringView VietnameseGiven[] = {u"Thị Thu Hà", u"Văn Đức",  u"Minh Anh",
                                           u"Quốc Bảo",   u"Ngọc Lan", u"Hữu Phước"};
constexpr QStringView VietnameseFamily[] = {u"Nguyễn", u"Trần", u"Lê", u"Phạm", u"Hoàng", u"Đặng"};
constexpr QStringView JapaneseGiven[] = {u"太郎", u"花子",   u"健一", u"美咲",
                                         u"翔",   u"さくら", u"陽菜", u"大輔"};
constexpr QStringView JapaneseGivenLatin[] = {u"Taro", u"Hanako", u"Kenichi", u"Misaki",
                                              u"Sho",  u"Sakura", u"Hina",    u"Daisuke"};
constexpr QStringView JapaneseFamily[] = {u"山田", u"佐藤", u"鈴木", u"高橋",
                                          u"田中", u"渡辺", u"伊藤", u"中村"};
constexpr QStringView JapaneseFamilyLatin[] = {u"Yamada", u"Sato",     u"Suzuki", u"Takahashi",
                                               u"Tanaka", u"Watanabe", u"Ito",    u"Nakamura"};
constexpr QStringView ChineseGiven[] = {u"伟", u"芳", u"娜", u"敏", u"静", u"强", u"秀英", u"建华"};
constexpr QStringView ChineseGivenLatin[] = {u"Wei",  u"Fang",  u"Na",      u"Min",
                                             u"Jing", u"Qiang", u"Xiuying", u"Jianhua"};
constexpr QStringView ChineseFamily[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵"};
constexpr QStringView ChineseFamilyLatin[] = {u"Wang", u"Li",   u"Zhang", u"Liu",
                                              u"Chen", u"Yang", u"Huang", u"Zhao"};
constexpr QStringView KoreanGiven[] = {u"민준", u"서연", u"지호", u"하은", u"도윤"};
constexpr QStringView KoreanGivenLatin[] = {u"Minjun", u"Seoyeon", u"Jiho", u"Haeun", u"Doyun"};
constexpr QStringView KoreanFamily[] = {u"김", u"이", u"박", u"최", u"정"};
constexpr QStringView KoreanFamilyLatin[] = {u"Kim", u"Lee", u"Park", u"Choi", u"Jung"};
constexpr QStringView ArabicGiven[] = {u"محمد", u"فاطمة", u"أحمد", u"ليلى",
                                       u"يوسف", u"مريم",  u"عمر",  u"نور"};
constexpr QStringView ArabicGivenLatin[] = {u"Mohammed", u"Fatima", u"Ahmed", u"Layla",
                                            u"Youssef",  u"Maryam", u"Omar",  u"Nour"};
constexpr QStringView ArabicFamily[] = {u"العلي",  u"الحسن", u"المنصور",
                                        u"الخطيب", u"حداد",  u"الشامي"};
constexpr QStringView ArabicFamilyLatin[] = {u"Al-Ali",    u"Al-Hassan", u"Al-Mansour",
                                             u"Al-Khatib", u"Haddad",    u"Al-Shami"};
constexpr QStringView HebrewGiven[] = {u"דוד", u"שרה", u"יוסי", u"מיכל", u"נועה", u"אבי", u"תמר"};
constexpr QStringView HebrewGivenLatin[] = {u"David", u"Sarah", u"Yossi", u"Michal",
                                            u"Noa",   u"Avi",   u"Tamar"};
constexpr QStringView HebrewFamily[] = {u"כהן", u"לוי", u"מזרחי", u"פרץ", u"ביטון", u"אברהם"};
constexpr QStringView HebrewFamilyLatin[] = {u"Cohen",  u"Levi",  u"Mizrahi",
                                             u"Peretz", u"Biton", u"Avraham"};
constexpr QStringView HindiGiven[] = {u"अनिल", u"प्रिया", u"राहुल", u"अंजलि", u"विक्रम"};
constexpr QStringView HindiGivenLatin[] = {u"Anil", u"Priya", u"Rahul", u"Anjali", u"Vikram"};
constexpr QStringView HindiFamily[] = {u"शर्मा", u"पटेल", u"सिंह", u"गुप्ता"};
constexpr QStringView HindiFamilyLatin[] = {u"Sharma", u"Patel", u"Singh", u"Gupta"};
constexpr QStringView UkrainianGiven[] = {u"Олександр", u"Оксана", u"Андрій", u"Ірина", u"Тарас"};
constexpr QStringView UkrainianGivenLatin[] = {u"Oleksandr", u"Oksana", u"Andrii", u"Iryna",
                                               u"Taras"};
constexpr QStringView UkrainianFamily[] = {u"Шевченко", u"Бондаренко", u"Коваленко", u"Ткаченко"};
constexpr QStringView UkrainianFamilyLatin[] = {u"Shevchenko", u"Bondarenko", u"Kovalenko",
                                                u"Tkachenko"};

constexpr Culture German {GermanGiven, GermanFamily, {}, {}, NameOrder::GivenFirst};
constexpr Culture French {FrenchGiven, FrenchFamily, {}, {}, NameOrder::GivenFirst};
constexpr Culture English {EnglishGiven, EnglishFamily, {}, {}, NameOrder::GivenFirst};
constexpr Culture Nordic {NordicGiven, NordicFamily, {}, {}, NameOrder::GivenFirst};
constexpr Culture Spanish {SpanishGiven, SpanishFamily, {}, {}, NameOrder::GivenFirst};
constexpr Culture Italian {ItalianGiven, ItalianFamily, {}, {}, NameOrder::GivenFirst};
constexpr Culture Dutch {DutchGiven, DutchFamily, {}, {}, NameOrder::GivenFirst};
constexpr Culture Polish {PolishGiven, PolishFamily, {}, {}, NameOrder::GivenFirst};
constexpr Culture Turkish {TurkishGiven, TurkishFamily, {}, {}, NameOrder::GivenFirst};
constexpr Culture Vietnamese {VietnameseGiven, VietnameseFamily, {}, {}, NameOrder::FamilyFirst};
constexpr Culture Japanese {JapaneseGiven, JapaneseFamily, JapaneseGivenLatin, JapaneseFamilyLatin,
                            NameOrder::FamilyFirst};
constexpr Culture Chinese {ChineseGiven, ChineseFamily, ChineseGivenLatin, ChineseFamilyLatin,
                           NameOrder::FamilyFirstJoined};
constexpr Culture Korean {KoreanGiven, KoreanFamily, KoreanGivenLatin, KoreanFamilyLatin,
                          NameOrder::FamilyFirstJoined};
constexpr Culture Arabic {ArabicGiven, ArabicFamily, ArabicGivenLatin, ArabicFamilyLatin,
                          NameOrder::GivenFirst};
constexpr Culture Hebrew {HebrewGiven, HebrewFamily, HebrewGivenLatin, HebrewFamilyLatin,
                          NameOrder::GivenFirst};
constexpr Culture Hindi {HindiGiven, HindiFamily, HindiGivenLatin, HindiFamilyLatin,
                         NameOrder::GivenFirst};
constexpr Culture Ukrainian {UkrainianGiven, UkrainianFamily, UkrainianGivenLatin,
                             UkrainianFamilyLatin, NameOrder::GivenFirst};

constexpr const Culture *AllCultures[] = {
    &German,     &French,   &English, &Nordic, &Spanish, &Italian, &Dutch, &Polish,   &Turkish,
    &Vietnamese, &Japanese, &Chinese, &Korean, &Arabic,  &Hebrew,  &Hindi, &Ukrainian};

// What an agency in one language writes on projects, deliverables and invoices.
struct Lexicon
{
    Words projects = {};
    Words deliverables = {};
    Words lineItems = {};
    Words invoiceNotes = {};
    Words roles = {};
    // What a company does ("Verlag", "Éditions"); before the brand when descriptorFirst.
    Words descriptors = {};
    bool descriptorFirst = false;
    // Company names after a family: "%1 & Söhne".
    Words familyFirms = {};
    // Pieces of very long organisation names.
    Words longParts = {};
};

constexpr QStringView EnglishProjects[] = {
    u"Website relaunch",   u"Brand refresh",         u"Annual report",  u"Spring campaign",
    u"Trade fair stand",   u"Product launch",        u"Mobile app MVP", u"Intranet redesign",
    u"Packaging redesign", u"Social media retainer", u"Corporate film", u"Customer portal"};
constexpr QStringView EnglishDeliverables[] = {u"Wireframes",
                                               u"Style guide",
                                               u"Homepage design",
                                               u"Content audit",
                                               u"Logo variants",
                                               u"Press kit",
                                               u"Launch checklist",
                                               u"Usability test report",
                                               u"Social media templates",
                                               u"Photo shoot",
                                               u"Copy deck",
                                               u"Accessibility review"};
constexpr QStringView EnglishLineItems[] = {u"Design workshop",     u"Art direction",
                                            u"Copywriting",         u"Frontend development",
                                            u"Backend development", u"Project management",
                                            u"Hosting (monthly)",   u"Stock photography licence",
                                            u"Travel expenses",     u"Illustration",
                                            u"Print production",    u"User research interviews"};
constexpr QStringView EnglishNotes[] = {u"Thank you for your business.",
                                        u"Payment due within 30 days.", u"PO number on request.",
                                        u"Please quote the invoice number with your payment.",
                                        u"Retainer for the period stated on the lines."};
constexpr QStringView EnglishRoles[] = {u"CEO",         u"Marketing lead",   u"Head of Design",
                                        u"Procurement", u"Accounts payable", u"Project manager",
                                        u"CTO",         u"Office manager"};
constexpr QStringView EnglishDescriptors[] = {u"Design",    u"Partners", u"Labs",    u"Consulting",
                                              u"Media",     u"Digital",  u"Studio",  u"Group",
                                              u"Logistics", u"Foods",    u"Systems", u"Architects"};
constexpr QStringView EnglishFirms[] = {u"%1 & Sons", u"%1 Brothers", u"%1 & Partners",
                                        u"%1 Associates"};
constexpr QStringView EnglishLongParts[] = {u"International Association of Independent Makers",
                                            u"of Handcrafted Musical Instruments",
                                            u"Sound Sculptures and Acoustic Panels",
                                            u"for Concert Halls, Theatres and Recording Studios",
                                            u"Research and Development Cooperative",
                                            u"Heritage Restoration and Conservation Trust",
                                            u"for Sustainable Urban Mobility",
                                            u"and Community Broadband Services",
                                            u"Northern Regional Chamber of Crafts and Trades"};

constexpr QStringView GermanProjects[] = {u"Website-Relaunch",
                                          u"Messeauftritt",
                                          u"Imagebroschüre",
                                          u"Jahresbericht",
                                          u"Überarbeitung Corporate Design",
                                          u"Produkteinführung",
                                          u"Mitarbeitermagazin",
                                          u"Weihnachtskampagne"};
constexpr QStringView GermanDeliverables[] = {
    u"Wireframes",    u"Styleguide",       u"Startseitenentwurf", u"Bildkonzept",
    u"Reinzeichnung", u"Abnahmeprotokoll", u"Fotoshooting",       u"Barrierefreiheitsprüfung"};
constexpr QStringView GermanLineItems[] = {
    u"Konzeption",  u"Gestaltung", u"Reinzeichnung",        u"Projektmanagement",
    u"Fahrtkosten", u"Bildrechte", u"Frontend-Entwicklung", u"Texterstellung"};
constexpr QStringView GermanNotes[] = {u"Zahlbar innerhalb von 14 Tagen ohne Abzug.",
                                       u"Vielen Dank für Ihren Auftrag!",
                                       u"Leistungszeitraum siehe Positionen.",
                                       u"Bitte geben Sie bei der Zahlung die Rechnungsnummer an."};
constexpr QStringView GermanRoles[] = {u"Geschäftsführerin",
                                       u"Geschäftsführer",
                                       u"Marketingleitung",
                                       u"Einkauf",
                                       u"Buchhaltung",
                                       u"Projektleitung",
                                       u"Assistenz der Geschäftsführung"};
constexpr QStringView GermanDescriptors[] = {
    u"Werkstatt", u"Maschinenbau", u"Logistik",  u"Immobilien",  u"Brauerei",
    u"Verlag",    u"Möbelbau",     u"Gartenbau", u"Zahntechnik", u"Bäckerei"};
constexpr QStringView GermanFirms[] = {u"%1 & Söhne", u"%1 & Partner", u"Gebrüder %1",
                                       u"%1 Consulting"};
constexpr QStringView GermanLongParts[] = {u"Internationale Vereinigung unabhängiger Hersteller",
                                           u"von handgefertigten Musikinstrumenten",
                                           u"Klangskulpturen und akustischen Raumelementen",
                                           u"für Konzertsäle, Theater und Tonstudios",
                                           u"Forschungs- und Entwicklungsgesellschaft",
                                           u"für nachhaltige Stadtentwicklung und Mobilität",
                                           u"Genossenschaft der Handwerksbetriebe im Oberland",
                                           u"Denkmalpflege und Restaurierungswerkstätten"};

constexpr QStringView FrenchProjects[] = {
    u"Refonte du site",   u"Identité visuelle", u"Salon professionnel",  u"Rapport annuel",
    u"Lancement produit", u"Campagne d'été",    u"Plaquette commerciale"};
constexpr QStringView FrenchDeliverables[] = {
    u"Maquettes",         u"Charte graphique", u"Page d'accueil",      u"Shooting photo",
    u"Plan de lancement", u"Recette",          u"Déclinaisons du logo"};
constexpr QStringView FrenchLineItems[] = {
    u"Direction artistique", u"Conception graphique", u"Rédaction",      u"Gestion de projet",
    u"Frais de déplacement", u"Développement",        u"Droits d'auteur"};
constexpr QStringView FrenchNotes[] = {
    u"Paiement à 30 jours fin de mois.", u"Merci de votre confiance.",
    u"Pas d'escompte pour paiement anticipé.",
    u"Pénalités de retard : trois fois le taux d'intérêt légal."};
constexpr QStringView FrenchRoles[] = {u"Directrice générale",   u"Directeur artistique",
                                       u"Responsable marketing", u"Comptabilité",
                                       u"Cheffe de projet",      u"Assistant de direction"};
constexpr QStringView FrenchDescriptors[] = {u"Éditions", u"Atelier", u"Boulangerie", u"Cabinet",
                                             u"Maison",   u"Studio",  u"Librairie"};
constexpr QStringView FrenchFirms[] = {u"%1 et Fils", u"Maison %1", u"Établissements %1",
                                       u"%1 & Associés"};
constexpr QStringView FrenchLongParts[] = {
    u"Société coopérative d'intérêt collectif",         u"pour l'innovation sociale et solidaire",
    u"des artisans d'art et des métiers du patrimoine", u"de la région Auvergne-Rhône-Alpes",
    u"Fédération des associations culturelles",         u"pour la promotion des musiques actuelles",
    u"et des arts numériques en milieu rural"};

constexpr QStringView SpanishProjects[] = {
    u"Rediseño web",   u"Campaña de verano",       u"Identidad corporativa",
    u"Catálogo anual", u"Lanzamiento de producto", u"Feria de muestras"};
constexpr QStringView SpanishDeliverables[] = {
    u"Bocetos",         u"Manual de marca",    u"Diseño de portada",
    u"Sesión de fotos", u"Informe de pruebas", u"Guía de estilo"};
constexpr QStringView SpanishLineItems[] = {u"Dirección de arte", u"Diseño gráfico",
                                            u"Redacción",         u"Gestión de proyecto",
                                            u"Gastos de viaje",   u"Programación"};
constexpr QStringView SpanishNotes[] = {u"Pago a 30 días.", u"Gracias por su confianza.",
                                        u"Transferencia bancaria a la cuenta indicada."};
constexpr QStringView SpanishRoles[] = {u"Directora general", u"Director de marketing", u"Compras",
                                        u"Contabilidad", u"Jefa de proyecto"};
constexpr QStringView SpanishDescriptors[] = {u"Talleres",       u"Estudio",   u"Bodegas",
                                              u"Construcciones", u"Ediciones", u"Panadería"};
constexpr QStringView SpanishFirms[] = {u"%1 Hermanos", u"Hijos de %1", u"%1 y Asociados"};

constexpr QStringView JapaneseProjects[] = {u"ウェブサイト刷新", u"ブランド刷新", u"新製品発表会",
                                            u"会社案内パンフレット", u"展示会ブース"};
constexpr QStringView JapaneseDeliverables[] = {u"ワイヤーフレーム", u"デザインカンプ", u"ロゴ案",
                                                u"スタイルガイド", u"撮影"};
constexpr QStringView JapaneseLineItems[] = {u"デザイン制作費", u"撮影費", u"ディレクション費",
                                             u"コーディング", u"交通費"};
constexpr QStringView JapaneseNotes[] = {u"お振込手数料はご負担ください。",
                                         u"いつもお世話になっております。",
                                         u"お支払いは月末締め翌月末払いでお願いいたします。"};
constexpr QStringView JapaneseRoles[] = {u"代表取締役", u"マーケティング部長", u"経理担当",
                                         u"広報担当", u"プロジェクトマネージャー"};

constexpr QStringView ChineseProjects[] = {u"官网改版", u"品牌升级", u"新品发布会", u"年度报告设计",
                                           u"电商大促活动"};
constexpr QStringView ChineseDeliverables[] = {u"线框图", u"视觉设计稿", u"品牌手册", u"宣传视频",
                                               u"测试报告"};
constexpr QStringView ChineseLineItems[] = {u"设计费", u"开发费", u"项目管理费", u"差旅费",
                                            u"摄影费"};
constexpr QStringView ChineseNotes[] = {u"请于30天内付款。", u"感谢您的合作！",
                                        u"付款时请注明发票编号。"};
constexpr QStringView ChineseRoles[] = {u"总经理", u"市场总监", u"财务", u"项目经理", u"采购经理"};

constexpr QStringView ArabicProjects[] = {u"إعادة تصميم الموقع", u"تحديث الهوية البصرية",
                                          u"إطلاق المنتج", u"حملة رمضان"};
constexpr QStringView ArabicDeliverables[] = {u"المخططات الأولية", u"دليل الهوية",
                                              u"تصاميم الصفحة الرئيسية", u"تقرير الاختبار"};
constexpr QStringView ArabicLineItems[] = {u"أتعاب التصميم", u"تطوير الموقع", u"إدارة المشروع",
                                           u"مصاريف السفر"};
constexpr QStringView ArabicNotes[] = {u"شكراً لتعاملكم معنا.", u"يرجى الدفع خلال 30 يوماً."};
constexpr QStringView ArabicRoles[] = {u"المدير العام", u"مديرة التسويق", u"المحاسب",
                                       u"مدير المشروع"};

constexpr QStringView HebrewProjects[] = {u"עיצוב מחדש של האתר", u"מיתוג מחדש", u"השקת מוצר",
                                          u"קמפיין קיץ"};
constexpr QStringView HebrewDeliverables[] = {u"סקיצות ראשוניות", u"מדריך סגנון", u"עיצוב דף הבית",
                                              u"דוח בדיקות"};
constexpr QStringView HebrewLineItems[] = {u"שעות עיצוב", u"פיתוח אתר", u"ניהול פרויקט",
                                           u"הוצאות נסיעה"};
constexpr QStringView HebrewNotes[] = {u"תודה על שיתוף הפעולה.", u"התשלום תוך 30 יום."};
constexpr QStringView HebrewRoles[] = {u"מנכ״ל", u"מנהלת שיווק", u"הנהלת חשבונות", u"מנהל פרויקט"};

constexpr Lexicon EnglishText {.projects = EnglishProjects,
                               .deliverables = EnglishDeliverables,
                               .lineItems = EnglishLineItems,
                               .invoiceNotes = EnglishNotes,
                               .roles = EnglishRoles,
                               .descriptors = EnglishDescriptors,
                               .familyFirms = EnglishFirms,
                               .longParts = EnglishLongParts};
constexpr Lexicon GermanText {.projects = GermanProjects,
                              .deliverables = GermanDeliverables,
                              .lineItems = GermanLineItems,
                              .invoiceNotes = GermanNotes,
                              .roles = GermanRoles,
                              .descriptors = GermanDescriptors,
                              .familyFirms = GermanFirms,
                              .longParts = GermanLongParts};
constexpr Lexicon FrenchText {.projects = FrenchProjects,
                              .deliverables = FrenchDeliverables,
                              .lineItems = FrenchLineItems,
                              .invoiceNotes = FrenchNotes,
                              .roles = FrenchRoles,
                              .descriptors = FrenchDescriptors,
                              .descriptorFirst = true,
                              .familyFirms = FrenchFirms,
                              .longParts = FrenchLongParts};
constexpr Lexicon SpanishText {.projects = SpanishProjects,
                               .deliverables = SpanishDeliverables,
                               .lineItems = SpanishLineItems,
                               .invoiceNotes = SpanishNotes,
                               .roles = SpanishRoles,
                               .descriptors = SpanishDescriptors,
                               .descriptorFirst = true,
                               .familyFirms = SpanishFirms};
constexpr Lexicon JapaneseText {.projects = JapaneseProjects,
                                .deliverables = JapaneseDeliverables,
                                .lineItems = JapaneseLineItems,
                                .invoiceNotes = JapaneseNotes,
                                .roles = JapaneseRoles};
constexpr Lexicon ChineseText {.projects = ChineseProjects,
                               .deliverables = ChineseDeliverables,
                               .lineItems = ChineseLineItems,
                               .invoiceNotes = ChineseNotes,
                               .roles = ChineseRoles};
constexpr Lexicon ArabicText {.projects = ArabicProjects,
                              .deliverables = ArabicDeliverables,
                              .lineItems = ArabicLineItems,
                              .invoiceNotes = ArabicNotes,
                              .roles = ArabicRoles};
constexpr Lexicon HebrewText {.projects = HebrewProjects,
                              .deliverables = HebrewDeliverables,
                              .lineItems = HebrewLineItems,
                              .invoiceNotes = HebrewNotes,
                              .roles = HebrewRoles};

// How a country's companies are named: from Latin syllables, or in the country's own script
// half of the time.
enum class CompanyStyle { Latin, Japanese, Chinese, Arabic, Hebrew };

// Patterns: '#' a digit, '^' a digit other than 0, '@' a capital letter; the rest is literal.
struct Country
{
    int weight;
    QStringView currency;
    const Lexicon *text;
    std::span<const Culture *const> people;
    CompanyStyle style;
    Words legalForms;
    Words phones;
    QStringView taxId;
    // %1 street, %2 house number, %3 postcode, %4 city.
    QStringView address;
    QStringView postcode;
    // Empty: a plain number from 1 to 180.
    QStringView houseNumber = {};
    Words streets;
    Words cities;
    int standardRateBp;
    // -1 when the country has no reduced rate the agency would use.
    int reducedRateBp;
};

constexpr const Culture *GermanPeople[] = {&German, &German, &German, &German, &Turkish, &Polish};
constexpr const Culture *SwissPeople[] = {&German, &German, &French, &Italian};
constexpr const Culture *FrenchPeople[] = {&French, &French, &French, &Vietnamese};
constexpr const Culture *BritishPeople[] = {&English, &English, &English, &Polish, &Hindi};
constexpr const Culture *DutchPeople[] = {&Dutch, &Dutch, &Turkish};
constexpr const Culture *NordicPeople[] = {&Nordic};
constexpr const Culture *SpanishPeople[] = {&Spanish};
constexpr const Culture *ItalianPeople[] = {&Italian};
constexpr const Culture *PolishPeople[] = {&Polish, &Polish, &Ukrainian};
constexpr const Culture *AmericanPeople[] = {&English,    &English, &Spanish,
                                             &Vietnamese, &Korean,  &Chinese};
constexpr const Culture *JapanesePeople[] = {&Japanese};
constexpr const Culture *ChinesePeople[] = {&Chinese};
constexpr const Culture *EmiratiPeople[] = {&Arabic, &Arabic, &Hindi};
constexpr const Culture *IsraeliPeople[] = {&Hebrew, &Hebrew, &Arabic, &Ukrainian};

constexpr QStringView GermanForms[] = {u"GmbH", u"GmbH & Co. KG", u"AG", u"UG (haftungsbeschränkt)",
                                       u"e.K."};
constexpr QStringView AustrianForms[] = {u"GmbH", u"AG", u"OG", u"KG"};
constexpr QStringView SwissForms[] = {u"AG", u"GmbH", u"SA", u"Sàrl"};
constexpr QStringView FrenchForms[] = {u"SARL", u"SAS", u"SA", u"EURL"};
constexpr QStringView BritishForms[] = {u"Ltd", u"LLP", u"plc", u"Limited"};
constexpr QStringView DutchForms[] = {u"B.V.", u"N.V.", u"V.O.F."};
constexpr QStringView SwedishForms[] = {u"AB", u"HB", u"KB"};
constexpr QStringView SpanishForms[] = {u"S.L.", u"S.A.", u"S.L.U."};
constexpr QStringView ItalianForms[] = {u"S.p.A.", u"S.r.l.", u"S.n.c."};
constexpr QStringView PolishForms[] = {u"sp. z o.o.", u"S.A.", u"sp.j."};
constexpr QStringView AmericanForms[] = {u"Inc.", u"LLC", u"Corp."};
constexpr QStringView JapaneseForms[] = {u"K.K.", u"G.K."};
constexpr QStringView ChineseForms[] = {u"Co., Ltd."};
constexpr QStringView EmiratiForms[] = {u"LLC", u"FZ-LLC", u"FZE"};
constexpr QStringView IsraeliForms[] = {u"Ltd."};

// Where a range is reserved for fiction (UK Ofcom, US 555-01xx, French ARCEP), it is used.
constexpr QStringView GermanPhones[] = {u"+49 30 #######", u"+49 89 ########", u"+49 221 ######-##",
                                        u"0171 #######"};
constexpr QStringView AustrianPhones[] = {u"+43 1 #######", u"+43 316 ######"};
constexpr QStringView SwissPhones[] = {u"+41 44 ### ## ##", u"+41 22 ### ## ##",
                                       u"+41 79 ### ## ##"};
constexpr QStringView FrenchPhones[] = {u"+33 1 99 00 ## ##", u"+33 6 39 98 ## ##",
                                        u"01 99 00 ## ##"};
constexpr QStringView BritishPhones[] = {u"+44 20 7946 0###", u"+44 161 496 0###", u"07700 900###",
                                         u"0113 496 0###"};
constexpr QStringView DutchPhones[] = {u"+31 20 ### ####", u"+31 6 ########"};
constexpr QStringView SwedishPhones[] = {u"+46 8 ### ### ##", u"+46 70 ### ## ##"};
constexpr QStringView SpanishPhones[] = {u"+34 91 ### ## ##", u"+34 6## ### ###"};
constexpr QStringView ItalianPhones[] = {u"+39 02 #######", u"+39 3## ### ####"};
constexpr QStringView PolishPhones[] = {u"+48 22 ### ## ##", u"+48 5## ### ###"};
constexpr QStringView AmericanPhones[] = {u"+1 212-555-01##", u"(415) 555-01##",
                                          u"+1 512 555 01##"};
constexpr QStringView JapanesePhones[] = {u"+81 3-####-####", u"03-####-####", u"090-####-####"};
constexpr QStringView ChinesePhones[] = {u"+86 21 ####-####", u"+86 138 #### ####"};
constexpr QStringView EmiratiPhones[] = {u"+971 4 ### ####", u"+971 50 ### ####"};
constexpr QStringView IsraeliPhones[] = {u"+972 3-###-####", u"+972 52-###-####"};

constexpr QStringView GermanStreets[] = {u"Hauptstraße",   u"Lindenallee", u"Schillerstraße",
                                         u"Am Marktplatz", u"Gartenweg",   u"Königsallee"};
constexpr QStringView GermanCities[] = {u"Berlin", u"München", u"Hamburg",
                                        u"Köln",   u"Leipzig", u"Düsseldorf"};
constexpr QStringView AustrianStreets[] = {u"Mariahilfer Straße", u"Herrengasse",
                                           u"Landstraßer Hauptstraße"};
constexpr QStringView AustrianCities[] = {u"Wien", u"Graz", u"Linz", u"Salzburg"};
constexpr QStringView SwissStreets[] = {u"Bahnhofstrasse", u"Rue du Rhône", u"Via Nassa"};
constexpr QStringView SwissCities[] = {u"Zürich", u"Genève", u"Lugano", u"Basel", u"Bern"};
constexpr QStringView FrenchStreets[] = {u"rue de la République", u"avenue Jean Jaurès",
                                         u"boulevard Voltaire", u"place Bellecour",
                                         u"rue des Écoles"};
constexpr QStringView FrenchCities[] = {u"Paris",  u"Lyon",     u"Marseille",
                                        u"Nantes", u"Bordeaux", u"Lille"};
constexpr QStringView BritishStreets[] = {u"High Street", u"Station Road", u"Church Lane",
                                          u"Victoria Road", u"King's Road"};
constexpr QStringView BritishCities[] = {u"London",    u"Manchester", u"Leeds",
                                         u"Edinburgh", u"Bristol",    u"Cardiff"};
constexpr QStringView DutchStreets[] = {u"Keizersgracht", u"Oudegracht", u"Stationsplein",
                                        u"Lange Voorhout"};
constexpr QStringView DutchCities[] = {u"Amsterdam", u"Utrecht", u"Den Haag", u"Rotterdam",
                                       u"Eindhoven"};
constexpr QStringView SwedishStreets[] = {u"Drottninggatan", u"Storgatan", u"Kungsgatan",
                                          u"Södra Förstadsgatan"};
constexpr QStringView SwedishCities[] = {u"Stockholm", u"Göteborg", u"Malmö", u"Uppsala"};
constexpr QStringView SpanishStreets[] = {u"Calle Mayor", u"Gran Vía", u"Passeig de Gràcia",
                                          u"Calle de Alcalá", u"Avenida de la Constitución"};
constexpr QStringView SpanishCities[] = {u"Madrid",  u"Barcelona", u"Valencia",
                                         u"Sevilla", u"Bilbao",    u"A Coruña"};
constexpr QStringView ItalianStreets[] = {u"Via Roma", u"Corso Vittorio Emanuele II",
                                          u"Via Garibaldi", u"Piazza del Duomo"};
constexpr QStringView ItalianCities[] = {u"Milano",  u"Roma",    u"Torino",
                                         u"Bologna", u"Firenze", u"Napoli"};
constexpr QStringView PolishStreets[] = {u"ul. Długa", u"ul. Marszałkowska", u"ul. Świętokrzyska",
                                         u"al. Jerozolimskie"};
constexpr QStringView PolishCities[] = {u"Warszawa", u"Kraków", u"Gdańsk",
                                        u"Wrocław",  u"Łódź",   u"Poznań"};
constexpr QStringView AmericanStreets[] = {u"Market Street", u"Main Street", u"Broadway",
                                           u"5th Avenue", u"Elm Street"};
constexpr QStringView AmericanCities[] = {u"San Francisco, CA", u"New York, NY", u"Austin, TX",
                                          u"Chicago, IL",       u"Seattle, WA",  u"Boston, MA"};
constexpr QStringView JapaneseStreets[] = {u"丸の内", u"梅田", u"烏丸通", u"天神", u"大通西"};
constexpr QStringView JapaneseCities[] = {u"東京都千代田区", u"大阪府大阪市北区",
                                          u"京都府京都市中京区", u"福岡県福岡市中央区",
                                          u"北海道札幌市中央区"};
constexpr QStringView ChineseStreets[] = {u"世纪大道", u"建国路", u"科技园路", u"文三路"};
constexpr QStringView ChineseCities[] = {u"上海市浦东新区", u"北京市朝阳区", u"深圳市南山区",
                                         u"杭州市西湖区"};
constexpr QStringView EmiratiStreets[] = {u"Sheikh Zayed Road", u"Al Wasl Road", u"Corniche Road"};
constexpr QStringView EmiratiCities[] = {u"Dubai", u"Abu Dhabi", u"Sharjah"};
constexpr QStringView IsraeliStreets[] = {u"רחוב הרצל", u"שדרות רוטשילד", u"רחוב יפו", u"דרך בגין"};
constexpr QStringView IsraeliCities[] = {u"תל אביב-יפו", u"ירושלים", u"חיפה", u"באר שבע"};

constexpr Country Countries[] = {
    {.weight = 22,
     .currency = u"EUR",
     .text = &GermanText,
     .people = GermanPeople,
     .style = CompanyStyle::Latin,
     .legalForms = GermanForms,
     .phones = GermanPhones,
     .taxId = u"DE#########",
     .address = u"%1 %2\n%3 %4\nDeutschland",
     .postcode = u"#####",
     .streets = GermanStreets,
     .cities = GermanCities,
     .standardRateBp = 1900,
     .reducedRateBp = 700},
    {.weight = 11,
     .currency = u"EUR",
     .text = &FrenchText,
     .people = FrenchPeople,
     .style = CompanyStyle::Latin,
     .legalForms = FrenchForms,
     .phones = FrenchPhones,
     .taxId = u"FR## #########",
     .address = u"%2 %1\n%3 %4\nFrance",
     .postcode = u"#####",
     .streets = FrenchStreets,
     .cities = FrenchCities,
     .standardRateBp = 2000,
     .reducedRateBp = 550},
    {.weight = 11,
     .currency = u"GBP",
     .text = &EnglishText,
     .people = BritishPeople,
     .style = CompanyStyle::Latin,
     .legalForms = BritishForms,
     .phones = BritishPhones,
     .taxId = u"GB### #### ##",
     .address = u"%2 %1\n%4\n%3\nUnited Kingdom",
     .postcode = u"@@^ ^@@",
     .streets = BritishStreets,
     .cities = BritishCities,
     .standardRateBp = 2000,
     .reducedRateBp = 0},
    {.weight = 6,
     .currency = u"EUR",
     .text = &EnglishText,
     .people = DutchPeople,
     .style = CompanyStyle::Latin,
     .legalForms = DutchForms,
     .phones = DutchPhones,
     .taxId = u"NL#########B0^",
     .address = u"%1 %2\n%3 %4\nNederland",
     .postcode = u"^### @@",
     .streets = DutchStreets,
     .cities = DutchCities,
     .standardRateBp = 2100,
     .reducedRateBp = -1},
    {.weight = 5,
     .currency = u"EUR",
     .text = &GermanText,
     .people = GermanPeople,
     .style = CompanyStyle::Latin,
     .legalForms = AustrianForms,
     .phones = AustrianPhones,
     .taxId = u"ATU########",
     .address = u"%1 %2\n%3 %4\nÖsterreich",
     .postcode = u"^###",
     .streets = AustrianStreets,
     .cities = AustrianCities,
     .standardRateBp = 2000,
     .reducedRateBp = -1},
    {.weight = 6,
     .currency = u"CHF",
     .text = &GermanText,
     .people = SwissPeople,
     .style = CompanyStyle::Latin,
     .legalForms = SwissForms,
     .phones = SwissPhones,
     .taxId = u"CHE-###.###.### MWST",
     .address = u"%1 %2\n%3 %4\nSchweiz",
     .postcode = u"^###",
     .streets = SwissStreets,
     .cities = SwissCities,
     .standardRateBp = 800,
     .reducedRateBp = -1},
    {.weight = 5,
     .currency = u"SEK",
     .text = &EnglishText,
     .people = NordicPeople,
     .style = CompanyStyle::Latin,
     .legalForms = SwedishForms,
     .phones = SwedishPhones,
     .taxId = u"SE##########01",
     .address = u"%1 %2\n%3 %4\nSverige",
     .postcode = u"^## ##",
     .streets = SwedishStreets,
     .cities = SwedishCities,
     .standardRateBp = 2500,
     .reducedRateBp = -1},
    {.weight = 5,
     .currency = u"EUR",
     .text = &SpanishText,
     .people = SpanishPeople,
     .style = CompanyStyle::Latin,
     .legalForms = SpanishForms,
     .phones = SpanishPhones,
     .taxId = u"ESB########",
     .address = u"%1, %2\n%3 %4\nEspaña",
     .postcode = u"#####",
     .streets = SpanishStreets,
     .cities = SpanishCities,
     .standardRateBp = 2100,
     .reducedRateBp = -1},
    {.weight = 5,
     .currency = u"EUR",
     .text = &EnglishText,
     .people = ItalianPeople,
     .style = CompanyStyle::Latin,
     .legalForms = ItalianForms,
     .phones = ItalianPhones,
     .taxId = u"IT###########",
     .address = u"%1 %2\n%3 %4\nItalia",
     .postcode = u"#####",
     .streets = ItalianStreets,
     .cities = ItalianCities,
     .standardRateBp = 0,
     .reducedRateBp = -1},
    {.weight = 4,
     .currency = u"EUR",
     .text = &EnglishText,
     .people = PolishPeople,
     .style = CompanyStyle::Latin,
     .legalForms = PolishForms,
     .phones = PolishPhones,
     .taxId = u"PL##########",
     .address = u"%1 %2\n%3 %4\nPolska",
     .postcode = u"##-###",
     .streets = PolishStreets,
     .cities = PolishCities,
     .standardRateBp = 0,
     .reducedRateBp = -1},
    {.weight = 7,
     .currency = u"USD",
     .text = &EnglishText,
     .people = AmericanPeople,
     .style = CompanyStyle::Latin,
     .legalForms = AmericanForms,
     .phones = AmericanPhones,
     .taxId = u"^#-#######",
     .address = u"%2 %1\n%4 %3\nUnited States",
     .postcode = u"^####",
     .streets = AmericanStreets,
     .cities = AmericanCities,
     .standardRateBp = 0,
     .reducedRateBp = -1},
    {.weight = 4,
     .currency = u"JPY",
     .text = &JapaneseText,
     .people = JapanesePeople,
     .style = CompanyStyle::Japanese,
     .legalForms = JapaneseForms,
     .phones = JapanesePhones,
     .taxId = u"T#############",
     .address = u"〒%3\n%4%1%2\n日本",
     .postcode = u"###-####",
     .houseNumber = u"^-^-^#",
     .streets = JapaneseStreets,
     .cities = JapaneseCities,
     .standardRateBp = 0,
     .reducedRateBp = -1},
    {.weight = 3,
     .currency = u"USD",
     .text = &ChineseText,
     .people = ChinesePeople,
     .style = CompanyStyle::Chinese,
     .legalForms = ChineseForms,
     .phones = ChinesePhones,
     .taxId = u"91310115MA1H######",
     .address = u"%4%1%2号\n%3\n中国",
     .postcode = u"^#####",
     .streets = ChineseStreets,
     .cities = ChineseCities,
     .standardRateBp = 0,
     .reducedRateBp = -1},
    {.weight = 3,
     .currency = u"USD",
     .text = &ArabicText,
     .people = EmiratiPeople,
     .style = CompanyStyle::Arabic,
     .legalForms = EmiratiForms,
     .phones = EmiratiPhones,
     .taxId = u"100#########003",
     .address = u"%1, Office %2\nP.O. Box %3\n%4\nUnited Arab Emirates",
     .postcode = u"^####",
     .streets = EmiratiStreets,
     .cities = EmiratiCities,
     .standardRateBp = 0,
     .reducedRateBp = -1},
    {.weight = 3,
     .currency = u"USD",
     .text = &HebrewText,
     .people = IsraeliPeople,
     .style = CompanyStyle::Hebrew,
     .legalForms = IsraeliForms,
     .phones = IsraeliPhones,
     .taxId = u"51#######",
     .address = u"%1 %2\n%4 %3\nישראל",
     .postcode = u"#######",
     .streets = IsraeliStreets,
     .cities = IsraeliCities,
     .standardRateBp = 0,
     .reducedRateBp = -1},
};

constexpr QStringView BrandStarts[] = {
    u"Nor", u"Bel",  u"Vik", u"Sol", u"Lum", u"Tek", u"Ari", u"Zen", u"Kor", u"Mar",
    u"Alt", u"Quin", u"Ver", u"Oro", u"Sky", u"Fen", u"Bri", u"Cal", u"Dra", u"Hel",
    u"Ise", u"Jun",  u"Kal", u"Lin", u"Mo",  u"Nex", u"Pra", u"Rho", u"Sel", u"Tam",
    u"Val", u"Wyn",  u"Yar", u"Zel", u"Abe", u"Cor", u"Eld", u"Gal"};
constexpr QStringView BrandMiddles[] = {u"a", u"e", u"i", u"o", u"ar", u"en", u"il", u"or"};
constexpr QStringView BrandEnds[] = {
    u"dia",  u"nex",  u"tra",  u"vio", u"lux",  u"mont",  u"ova",  u"eon",  u"ix",    u"ora",
    u"ant",  u"ello", u"ium",  u"ara", u"wick", u"stone", u"line", u"form", u"works", u"bridge",
    u"feld", u"berg", u"holm", u"vik", u"sund", u"ana",   u"eo",   u"ia",   u"on",    u"us"};

constexpr QStringView JapaneseTrades[] = {u"商事",   u"工業", u"デザイン", u"建設",
                                          u"製作所", u"食品", u"印刷"};
constexpr QStringView JapaneseTradesLatin[] = {u"shoji",      u"kogyo",    u"design", u"kensetsu",
                                               u"seisakusho", u"shokuhin", u"insatsu"};
constexpr QStringView ChineseBrands[] = {u"星辰", u"华彩", u"远景", u"天元", u"明光", u"云帆"};
constexpr QStringView ChineseBrandsLatin[] = {u"xingchen", u"huacai",    u"yuanjing",
                                              u"tianyuan", u"mingguang", u"yunfan"};
constexpr QStringView ChineseTrades[] = {u"科技", u"设计", u"贸易", u"文化传媒", u"电子商务"};
constexpr QStringView ChineseTradesLatin[] = {u"tech", u"design", u"trading", u"media",
                                              u"ecommerce"};
constexpr QStringView ChineseCitiesShort[] = {u"上海", u"北京", u"深圳", u"杭州", u"成都"};
constexpr QStringView ArabicBrands[] = {u"النور", u"الأفق", u"الواحة", u"الصقر", u"الريادة"};
constexpr QStringView ArabicBrandsLatin[] = {u"Al Noor", u"Al Ofoq", u"Al Waha", u"Al Saqr",
                                             u"Al Riyada"};
constexpr QStringView ArabicTrades[] = {u"للتجارة", u"للتصميم", u"للاستشارات", u"للتقنية"};
constexpr QStringView ArabicTradesLatin[] = {u"Trading", u"Design", u"Consulting", u"Technology"};
constexpr QStringView HebrewBrands[] = {u"אור", u"גלים", u"שחר", u"כרמל", u"אופק"};
constexpr QStringView HebrewBrandsLatin[] = {u"Or", u"Galim", u"Shahar", u"Carmel", u"Ofek"};
constexpr QStringView HebrewTrades[] = {u"טכנולוגיות", u"עיצוב", u"מדיה", u"תוכנה"};
constexpr QStringView HebrewTradesLatin[] = {u"Technologies", u"Design", u"Media", u"Software"};

constexpr QStringView ClientMailboxes[] = {u"info",    u"hello",   u"office",  u"accounts",
                                           u"billing", u"kontakt", u"contact", u"team"};
constexpr QStringView GenericDomains[] = {u"example.com", u"example.org", u"example.net"};
// No commas: the store keeps tags comma-separated.
constexpr QStringView Tags[] = {
    u"retainer", u"priority",   u"nonprofit",     u"design",     u"web",           u"print",
    u"b2b",      u"b2c",        u"enterprise",    u"startup",    u"public sector", u"eu",
    u"dach",     u"nordics",    u"vip",           u"late payer", u"referral",      u"events",
    u"film",     u"e-commerce", u"Förderprojekt", u"长期客户"};
constexpr QStringView ClientNotes[] = {u"Prefers email over phone.",
                                       u"Invoices go to the accounts team, not to the contact.",
                                       u"Bitte Rechnungen immer mit Bestellnummer.",
                                       u"Ne pas appeler avant 10 h.",
                                       u"Fiscal year ends in March.",
                                       u"Key account — quarterly review.",
                                       u"Reverse charge applies."};
constexpr int PaymentTerms[] = {14, 30, 30, 30, 45, 60};

// Value of one euro in each invoice currency, in thousandths of its major unit: prices are
// thought in euros and converted, so amounts look plausible in every currency.
qint64 perMilleOfEuro(QStringView currency)
{
    if (currency == u"GBP")
        return 850;
    if (currency == u"CHF")
        return 950;
    if (currency == u"USD")
        return 1100;
    if (currency == u"SEK")
        return 11000;
    if (currency == u"JPY")
        return 160000;
    return 1000;
}

// The data set's random source: SeededRandom plus the picks and ids the generator needs.
class Random : public SeededRandom
{
public:
    using SeededRandom::SeededRandom;

    QString pickText(Words words) { return pick(words).toString(); }

    // A version 4 UUID from 122 of the generator's bits.
    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        const quint64 halves[2] = {next(), next()};
        for (int i = 0; i < 16; ++i)
            bytes[i] = char(halves[i / 8] >> (56 - 8 * (i % 8)));
        bytes[6] = char((uchar(bytes[6]) & 0x0F) | 0x40);
        bytes[8] = char((uchar(bytes[8]) & 0x3F) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }
};

template<typename T>
T weighted(Random &random, std::initializer_list<std::pair<T, int>> options)
{
    int total = 0;
    for (const auto &option : options)
        total += option.second;
    qint64 roll = random.below(total);
    for (const auto &[value, weight] : options) {
        if (roll < weight)
            return value;
        roll -= weight;
    }
    return options.begin()->first;
}

// Deals `total` items over `owners` owners, one owner at a time, so that the sum is exact
// however the owners vary: each owner gets what keeps the running sum on the even share, give
// or take `jitter`, and never so much that a later owner would go without its `minimum`.
class Spread
{
public:
    Spread(qint64 total, qint64 owners, qint64 jitter, qint64 minimum)
        : m_total(total)
        , m_owners(owners)
        , m_jitter(jitter)
        , m_minimum(minimum)
    { }

    qint64 next(Random &random)
    {
        const qint64 ownersLeft = m_owners - m_owner;
        const qint64 left = m_total - m_given;
        qint64 share = left;
        if (ownersLeft > 1) {
            // total and owners are at most 10^9 each: the product fits in 63 bits.
            const qint64 even = m_total * (m_owner + 1) / m_owners - m_given;
            const qint64 reserve = m_minimum * (ownersLeft - 1);
            share =
                std::clamp(even + random.between(-m_jitter, m_jitter), m_minimum, left - reserve);
        }
        ++m_owner;
        m_given += share;
        return share;
    }

private:
    qint64 m_total;
    qint64 m_owners;
    qint64 m_jitter;
    qint64 m_minimum;
    qint64 m_owner = 0;
    qint64 m_given = 0;
};

// Lower-case ASCII letters and digits of `text`, accents dropped ("Łukasz" → "lukasz"); any
// other run of characters becomes `separator` (none when it is null).
QString asciiFold(QStringView text, QChar separator = QChar())
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSeparator = false;
    const auto append = [&](QStringView piece) {
        if (pendingSeparator && !folded.isEmpty() && !separator.isNull())
            folded += separator;
        pendingSeparator = false;
        folded += piece;
    };
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u < 128 && c.isLetterOrNumber()) {
            const QChar lower = c.toLower();
            append(QStringView(&lower, 1));
        } else if (c.isMark()) {
            continue;
        } else if (u == 0x00DF) {
            append(u"ss");
        } else if (u == 0x00F8 || u == 0x00D8) {
            append(u"o");
        } else if (u == 0x00E6 || u == 0x00C6) {
            append(u"ae");
        } else if (u == 0x0153 || u == 0x0152) {
            append(u"oe");
        } else if (u == 0x0142 || u == 0x0141) {
            append(u"l");
        } else if (u == 0x0111 || u == 0x0110 || u == 0x00F0 || u == 0x00D0) {
            append(u"d");
        } else if (u == 0x00FE || u == 0x00DE) {
            append(u"th");
        } else if (u == 0x0131) {
            append(u"i");
        } else if (!c.isLetterOrNumber() || u >= 128) {
            pendingSeparator = true;
        }
    }
    return folded;
}

// Expands a pattern: '#' a digit, '^' a digit other than 0, '@' a capital letter.
QString fill(Random &random, QStringView pattern)
{
    QString text;
    text.reserve(pattern.size());
    for (const QChar c : pattern) {
        if (c == u'#')
            text += QChar(char16_t(u'0' + random.below(10)));
        else if (c == u'^')
            text += QChar(char16_t(u'1' + random.below(9)));
        else if (c == u'@')
            text += QChar(char16_t(u'A' + random.below(26)));
        else
            text += c;
    }
    return text;
}

// A word from the country's language most of the time, else English (the lingua franca of
// agencies); English when the language has no such words.
QString localized(Random &random, const Lexicon &native, Words Lexicon::*words)
{
    const Lexicon &lexicon = (native.*words).empty() || random.chance(30) ? EnglishText : native;
    return random.pickText(lexicon.*words);
}

struct Person
{
    QString name;
    // "zoe.lefevre": the local part of their email address.
    QString mailbox;
};

Person makePerson(Random &random, const Country &country)
{
    const Culture &culture =
        random.chance(85) ? *random.pick(country.people) : *random.pick(AllCultures);
    const auto given = std::size_t(random.below(qint64(culture.given.size())));
    const auto family = std::size_t(random.below(qint64(culture.family.size())));
    const bool latin = culture.givenLatin.empty();
    QString givenName = culture.given[given].toString();
    // A second given name now and then: "Jürgen Lukas Müller".
    if (latin && random.chance(8)) {
        const QStringView second = random.pick(culture.given);
        if (second != givenName)
            givenName += u' ' + second.toString();
    }
    const QString familyName = culture.family[family].toString();
    Person person;
    switch (culture.order) {
    case NameOrder::GivenFirst:
        person.name = givenName + u' ' + familyName;
        break;
    case NameOrder::FamilyFirst:
        person.name = familyName + u' ' + givenName;
        break;
    case NameOrder::FamilyFirstJoined:
        person.name = familyName + givenName;
        break;
    }
    const QString givenAscii =
        asciiFold(latin ? QStringView(givenName) : culture.givenLatin[given]);
    const QString familyAscii =
        asciiFold(latin ? QStringView(familyName) : culture.familyLatin[family]);
    person.mailbox = givenAscii.isEmpty() || familyAscii.isEmpty()
        ? QStringLiteral("contact")
        : QString(givenAscii + u'.' + familyAscii);
    // Some systems hand text over decomposed: "Zoe" and U+0308 instead of "Zoë".
    if (latin && random.chance(10))
        person.name = person.name.normalized(QString::NormalizationForm_D);
    return person;
}

struct Company
{
    QString name;
    // The name with its legal form; empty when the agency never noted it.
    QString legalName;
    // ASCII, for the mail domain: "lumnex-design".
    QString slug;
};

QString brand(Random &random)
{
    QString brand = random.pickText(BrandStarts);
    if (random.chance(20))
        brand += random.pick(BrandMiddles);
    brand += random.pick(BrandEnds);
    return brand;
}

QString slugOf(const QString &latinName)
{
    constexpr qsizetype MaxSlug = 40;
    QString slug = asciiFold(latinName, u'-').left(MaxSlug);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

Company latinCompany(Random &random, const Country &country)
{
    const Lexicon &text = *country.text;
    const int kind = int(random.below(100));
    Company company;
    if (kind < 40) {
        company.name = brand(random);
    } else if (kind < 75) {
        const Lexicon &words = text.descriptors.empty() ? EnglishText : text;
        const QString descriptor = random.pickText(words.descriptors);
        const QString name = brand(random);
        company.name = words.descriptorFirst ? QString(descriptor + u' ' + name)
                                             : QString(name + u' ' + descriptor);
    } else {
        const Lexicon &words = text.familyFirms.empty() ? EnglishText : text;
        const Culture &culture = *random.pick(country.people);
        const QString pattern = random.pickText(words.familyFirms);
        const QString family =
            random.pickText(culture.familyLatin.empty() ? culture.family : culture.familyLatin);
        company.name = pattern.arg(family);
    }
    const QString form = random.pickText(country.legalForms);
    company.legalName = company.name + u' ' + form;
    company.slug = slugOf(company.name);
    return company;
}

// A company named in the country's own script.
Company scriptCompany(Random &random, const Country &country)
{
    Company company;
    switch (country.style) {
    case CompanyStyle::Latin:
        break;
    case CompanyStyle::Japanese: {
        const auto family = std::size_t(random.below(std::size(JapaneseFamily)));
        const auto trade = std::size_t(random.below(std::size(JapaneseTrades)));
        company.name = JapaneseFamily[family] + JapaneseTrades[trade].toString();
        const int form = int(random.below(10));
        if (form < 5)
            company.legalName = u"株式会社" + company.name;
        else
            company.legalName = company.name + (form < 9 ? u"株式会社" : u"合同会社");
        company.slug =
            slugOf(JapaneseFamilyLatin[family] + u' ' + JapaneseTradesLatin[trade].toString());
        break;
    }
    case CompanyStyle::Chinese: {
        const auto name = std::size_t(random.below(std::size(ChineseBrands)));
        const auto trade = std::size_t(random.below(std::size(ChineseTrades)));
        const QString city = random.pickText(ChineseCitiesShort);
        company.name = ChineseBrands[name] + ChineseTrades[trade].toString();
        company.legalName = city + company.name + u"有限公司";
        company.slug =
            slugOf(ChineseBrandsLatin[name] + u' ' + ChineseTradesLatin[trade].toString());
        break;
    }
    case CompanyStyle::Arabic: {
        const auto name = std::size_t(random.below(std::size(ArabicBrands)));
        const auto trade = std::size_t(random.below(std::size(ArabicTrades)));
        company.name = u"شركة " + ArabicBrands[name] + u' ' + ArabicTrades[trade].toString();
        company.legalName = company.name + u" ذ.م.م";
        company.slug = slugOf(ArabicBrandsLatin[name] + u' ' + ArabicTradesLatin[trade].toString());
        break;
    }
    case CompanyStyle::Hebrew: {
        const auto name = std::size_t(random.below(std::size(HebrewBrands)));
        const auto trade = std::size_t(random.below(std::size(HebrewTrades)));
        company.name = HebrewBrands[name] + u' ' + HebrewTrades[trade].toString();
        company.legalName = company.name + u" בע״מ";
        company.slug = slugOf(HebrewBrandsLatin[name] + u' ' + HebrewTradesLatin[trade].toString());
        break;
    }
    }
    return company;
}

// A name of 151 to 200 characters (the most a client's name may have), as associations and
// cooperatives really are called.
QString longName(Random &random, const Lexicon &text, const QString &start)
{
    constexpr qsizetype Longer = 150;
    constexpr qsizetype Longest = 200;
    const Words parts = text.longParts.empty() ? EnglishText.longParts : text.longParts;
    std::array<std::size_t, 16> order {};
    const std::size_t count = std::min(parts.size(), order.size());
    for (std::size_t i = 0; i < count; ++i)
        order[i] = i;
    for (std::size_t i = count; i > 1; --i)
        std::swap(order[i - 1], order[std::size_t(random.below(qint64(i)))]);
    QString name = start;
    for (std::size_t i = 0; i < count && name.size() <= Longer; ++i) {
        const QString longer = name + u' ' + parts[order[i]].toString();
        if (longer.size() <= Longest)
            name = longer;
    }
    return name;
}

Company makeCompany(Random &random, const Country &country)
{
    Company company = country.style != CompanyStyle::Latin && random.chance(50)
        ? scriptCompany(random, country)
        : latinCompany(random, country);
    if (random.chance(1)) {
        const QString start = brand(random);
        company.name = longName(random, *country.text, start);
        company.legalName = company.name;
        company.slug = slugOf(start);
    }
    if (random.chance(30))
        company.legalName.clear();
    return company;
}

QString address(Random &random, const Country &country)
{
    const QString street = random.pickText(country.streets);
    const QString number = country.houseNumber.isEmpty() ? QString::number(random.between(1, 180))
                                                         : fill(random, country.houseNumber);
    const QString postcode = fill(random, country.postcode);
    const QString city = random.pickText(country.cities);
    return country.address.toString().arg(street, number, postcode, city);
}

QStringList makeTags(Random &random)
{
    const int count = weighted<int>(random, {{0, 35}, {1, 30}, {2, 20}, {3, 10}, {4, 5}});
    QStringList tags;
    while (tags.size() < count) {
        const QString tag = random.pickText(Tags);
        if (!tags.contains(tag))
            tags << tag;
    }
    return tags;
}

const Country &pickCountry(Random &random)
{
    static constexpr int Total = [] {
        int sum = 0;
        for (const Country &country : Countries)
            sum += country.weight;
        return sum;
    }();
    qint64 roll = random.below(Total);
    for (const Country &country : Countries) {
        if (roll < country.weight)
            return country;
        roll -= country.weight;
    }
    return Countries[0];
}

// An amount thought in euros, in minor units of `currency`.
qint64 minorUnits(const QString &currency, qint64 euros)
{
    qint64 scale = 1;
    for (int digit = 0; digit < Currency::minorDigits(currency); ++digit)
        scale *= 10;
    return euros * perMilleOfEuro(currency) * scale / 1000;
}

// A price: like minorUnits(), with odd cents now and then where the currency has cents.
qint64 price(Random &random, const QString &currency, qint64 euros)
{
    qint64 minor = minorUnits(currency, euros);
    if (Currency::minorDigits(currency) == 2 && random.chance(25))
        minor += random.between(1, 99);
    return minor;
}

const QString Series = QStringLiteral("GEN001");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// One table the generator fills: its entity name, the columns it writes besides id and the
// timestamps, and how many rows it gets.
struct Table
{
    QString entity;
    QStringList columns;
    qint64 DemoDataGenerator::Counts::*count;
};

const QList<Table> &tables()
{
    using Counts = DemoDataGenerator::Counts;
    static const QList<Table> all {
        {QStringLiteral("client"),
         {QStringLiteral("name"), QStringLiteral("legal_name"), QStringLiteral("email"),
          QStringLiteral("phone"), QStringLiteral("billing_address"), QStringLiteral("tax_id"),
          QStringLiteral("notes"), QStringLiteral("status"), QStringLiteral("tags")},
         &Counts::clients},
        {QStringLiteral("contact"),
         {QStringLiteral("client_id"), QStringLiteral("name"), QStringLiteral("email"),
          QStringLiteral("phone"), QStringLiteral("role")},
         &Counts::contacts},
        {QStringLiteral("project"),
         {QStringLiteral("client_id"), QStringLiteral("name"), QStringLiteral("status"),
          QStringLiteral("budget_minor"), QStringLiteral("budget_currency"),
          QStringLiteral("start_date"), QStringLiteral("due_date")},
         &Counts::projects},
        {QStringLiteral("deliverable"),
         {QStringLiteral("project_id"), QStringLiteral("title"), QStringLiteral("status"),
          QStringLiteral("due_date"), QStringLiteral("done_date")},
         &Counts::deliverables},
        {QStringLiteral("invoice"),
         {QStringLiteral("client_id"), QStringLiteral("project_id"), QStringLiteral("number"),
          QStringLiteral("series"), QStringLiteral("status"), QStringLiteral("kind"),
          QStringLiteral("credit_for"), QStringLiteral("issue_date"), QStringLiteral("due_date"),
          QStringLiteral("currency"), QStringLiteral("notes"), QStringLiteral("net_minor"),
          QStringLiteral("tax_minor"), QStringLiteral("total_minor"),
          QStringLiteral("billing_snapshot"), QStringLiteral("paid_date")},
         &Counts::invoices},
        {QStringLiteral("invoice_line"),
         {QStringLiteral("invoice_id"), QStringLiteral("position"), QStringLiteral("description"),
          QStringLiteral("quantity_milli"), QStringLiteral("unit_price_minor"),
          QStringLiteral("tax_rate_bp"), QStringLiteral("net_minor"), QStringLiteral("tax_minor")},
         &Counts::invoiceLines},
    };
    return all;
}

enum TableIndex {
    ClientTable,
    ContactTable,
    ProjectTable,
    DeliverableTable,
    InvoiceTable,
    LineTable
};

// OR FAIL: a failing insert needs no statement journal to undo part of itself (it writes one
// row, and any failure rolls the whole generation back). With the default ABORT, an insert into
// a table with triggers (the list counts) opened one per row, which made inserts several times
// slower.
QString insertSql(const Table &table)
{
    const QStringList columns = QStringList {QStringLiteral("id")} + table.columns
        + QStringList {QStringLiteral("created_at"), QStringLiteral("updated_at")};
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), columns.size());
    return QStringLiteral("INSERT OR FAIL INTO %1 (%2) VALUES (%3)")
        .arg(table.entity, columns.join(QStringLiteral(", ")),
             placeholders.join(QStringLiteral(", ")));
}

// The store's sink: statements through QSqlQuery, rows in batches through QSqlQuery::execBatch
// on inserts prepared once, so neither the parsing nor a QSqlQuery call is paid per row.
class StoreSink : public DemoDataGenerator::Sink
{
public:
    explicit StoreSink(QSqlDatabase database)
        : m_database(std::move(database))
    { }

    Result<void> run(const QString &sql, const QVariantList &values) override
    {
        if (auto written = writeHeldRows(qsizetype(m_inserts.size())); !written)
            return written;
        QSqlQuery query(m_database);
        if (!query.prepare(sql))
            return StoreError::from(query.lastError());
        for (const QVariant &value : values)
            query.addBindValue(bindable(value));
        if (!query.exec())
            return StoreError::from(query.lastError());
        return {};
    }

    Result<bool> findsRows(const QString &sql) override
    {
        if (auto written = writeHeldRows(qsizetype(m_inserts.size())); !written)
            return written.error();
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return StoreError::from(query.lastError());
        return query.next();
    }

    Result<int> prepareRows(const QString &sql) override
    {
        auto insert = std::make_unique<Insert>(m_database);
        if (!insert->query.prepare(sql))
            return StoreError::from(insert->query.lastError());
        m_inserts.push_back(std::move(insert));
        return int(m_inserts.size() - 1);
    }

    Result<void> addRow(int insert, std::span<const QVariant> values) override
    {
        Insert &target = *m_inserts.at(std::size_t(insert));
        if (target.columns.isEmpty()) {
            target.columns.resize(qsizetype(values.size()));
            for (QVariantList &column : target.columns)
                column.reserve(BatchRows);
        }
        for (std::size_t i = 0; i < values.size(); ++i)
            target.columns[qsizetype(i)].append(bindable(values[i]));
        if (++target.rows < BatchRows)
            return {};
        return writeHeldRows(insert + 1);
    }

private:
    // Rows per execBatch: enough that the per-call work vanishes, few enough that a batch's
    // values are still in the CPU cache when they are bound.
    static constexpr qsizetype BatchRows = 1000;

    struct Insert
    {
        explicit Insert(const QSqlDatabase &database)
            : query(database)
        { }
        QSqlQuery query;
        // One list per parameter, a value per row held back.
        QList<QVariantList> columns;
        qsizetype rows = 0;
    };

    // The driver binds a null QString as SQL NULL (Qt's rule), but text columns are NOT NULL
    // DEFAULT '': an empty string is written as '', and NULL only where nullText() asks for it.
    static QVariant bindable(const QVariant &value)
    {
        if (value.typeId() == QMetaType::QString && !value.isNull()
            && static_cast<const QString *>(value.constData())->isNull())
            return QVariant(QStringLiteral(""));
        return value;
    }

    // Writes the rows held back for the first `count` inserts, in the order they were prepared:
    // parents before children.
    Result<void> writeHeldRows(qsizetype count)
    {
        for (qsizetype i = 0; i < count; ++i) {
            if (auto written = write(*m_inserts.at(std::size_t(i))); !written)
                return written;
        }
        return {};
    }

    Result<void> write(Insert &insert)
    {
        if (insert.rows == 0)
            return {};
        for (qsizetype i = 0; i < insert.columns.size(); ++i)
            insert.query.bindValue(int(i), insert.columns.at(i));
        if (!insert.query.execBatch())
            return StoreError::from(insert.query.lastError());
        // Unbound again, the lists are no longer shared and keep their memory for the next batch.
        for (qsizetype i = 0; i < insert.columns.size(); ++i) {
            insert.query.bindValue(int(i), QVariant());
            insert.columns[i].clear();
        }
        insert.rows = 0;
        return {};
    }

    QSqlDatabase m_database;
    std::vector<std::unique_ptr<Insert>> m_inserts;
};

Error cancelled()
{
    return Error(
        ErrorKind::InvalidInput,
        DemoDataGenerator::tr("Generating the demo data was cancelled; nothing was written."));
}

// The independent sequences the generator draws from, one per part of the data and, where a
// part is made per client, one per client: a later phase re-creates what it needs of an earlier
// one (a client's country, its project ids) instead of holding it, so memory stays flat.
enum class Stream : quint64 {
    Client = 1,
    Contact,
    ContactCount,
    Project,
    ProjectId,
    ProjectCount,
    DeliverableCount,
    Invoice,
    InvoicePlan,
};

Random randomFor(quint64 seed, Stream stream, qint64 owner = 0)
{
    // Owners (client indexes) stay below 2^30; the stream kind sits above them.
    return Random(seed, (quint64(stream) << 40) + quint64(owner));
}

// A client as the generator makes it, the same in every phase (describeClient).
struct ClientRow
{
    QString id;
    const Country *country = nullptr;
    QString currency;
    // The mail domain of the client and its contacts.
    QString domain;
    QString name;
    QString legalName;
    QString email;
    QString phone;
    QString billingAddress;
    QString taxId;
    QString notes;
    Client::Status status = Client::Status::Active;
    QStringList tags;
};

ClientRow describeClient(quint64 seed, qint64 index)
{
    Random random = randomFor(seed, Stream::Client, index);
    ClientRow client;
    client.id = random.uuid();
    client.country = &pickCountry(random);
    const Country &country = *client.country;
    client.currency = country.currency.toString();
    if (client.currency != u"EUR" && random.chance(25))
        client.currency = QStringLiteral("EUR");
    if (random.chance(15)) {
        // A person as a client: a freelancer, a household.
        const Person person = makePerson(random, country);
        client.name = person.name;
        client.domain = random.pickText(GenericDomains);
        if (!random.chance(10))
            client.email = person.mailbox + u'@' + client.domain;
        if (random.chance(10))
            client.taxId = fill(random, country.taxId);
    } else {
        const Company company = makeCompany(random, country);
        client.name = company.name;
        client.legalName = company.legalName;
        const bool ownDomain = !company.slug.isEmpty() && random.chance(65);
        client.domain =
            ownDomain ? company.slug + QStringLiteral(".test") : random.pickText(GenericDomains);
        if (!random.chance(12)) {
            const QString mailbox = random.pickText(ClientMailboxes);
            // A shared mail domain needs the company in the mailbox: "lumnex.billing@example.org".
            const QString local =
                ownDomain || company.slug.isEmpty() ? mailbox : company.slug + u'.' + mailbox;
            client.email = local + u'@' + client.domain;
        }
        if (!random.chance(30))
            client.taxId = fill(random, country.taxId);
    }
    if (!random.chance(30))
        client.phone = fill(random, random.pick(country.phones));
    if (!random.chance(8))
        client.billingAddress = address(random, country);
    if (random.chance(15))
        client.notes = random.pickText(ClientNotes);
    if (random.chance(10))
        client.status = Client::Status::Archived;
    client.tags = makeTags(random);
    return client;
}

// The ids of a client's projects, from a stream of their own: invoices refer to them.
QStringList projectIds(quint64 seed, qint64 client, qint64 count)
{
    Random random = randomFor(seed, Stream::ProjectId, client);
    QStringList ids;
    ids.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        ids << random.uuid();
    return ids;
}

// The same document InvoiceRepository::issue freezes into an issued invoice.
QString billingSnapshot(const QJsonObject &agency, const ClientRow &client)
{
    const QJsonObject party {{QStringLiteral("name"), client.name},
                             {QStringLiteral("legalName"), client.legalName},
                             {QStringLiteral("billingAddress"), client.billingAddress},
                             {QStringLiteral("taxId"), client.taxId},
                             {QStringLiteral("email"), client.email}};
    const QJsonObject snapshot {{QStringLiteral("agency"), agency},
                                {QStringLiteral("client"), party}};
    return QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
}

// The shape and timeline of the run's invoices: how many each client gets and with how many
// lines, their status and dates, and which ones are credit notes. It draws from a stream of its
// own, so the same plan can be made twice: once ahead, to count the invoices issued on each day
// (numbers follow the issue date, gap-free per year), and once while writing them.
class InvoicePlanner
{
public:
    struct Plan
    {
        qint64 lines = 0;
        Invoice::Status status = Invoice::Status::Draft;
        // Corrects the client's latest creditable invoice: its first `lines` lines, negated.
        bool creditNote = false;
        // A later credit note of the same client may correct this invoice.
        bool creditable = false;
        QDate issueDate;
        QDate dueDate;
        QDate paidDate;
    };

    InvoicePlanner(quint64 seed, const DemoDataGenerator::Counts &counts, const QDate &today)
        : m_random(randomFor(seed, Stream::InvoicePlan))
        , m_invoices(counts.invoices, counts.clients, 2, 0)
        , m_lines(counts.invoiceLines, counts.invoices, 2, 1)
        , m_today(today)
    { }

    // The invoices of the next client, in the order they are written.
    QList<Plan> nextClient()
    {
        QList<Plan> plans;
        std::optional<Plan> creditable;
        const qint64 count = m_invoices.next(m_random);
        for (qint64 i = 0; i < count; ++i) {
            Plan plan;
            plan.lines = m_lines.next(m_random);
            if (creditable && plan.lines <= creditable->lines && m_random.chance(4)) {
                planCreditNote(plan, *creditable);
                creditable.reset();
            } else {
                planInvoice(plan);
                if (plan.creditable)
                    creditable = plan;
            }
            plans << plan;
        }
        return plans;
    }

private:
    void planInvoice(Plan &plan)
    {
        plan.status = weighted<Invoice::Status>(m_random,
                                                {{Invoice::Status::Paid, 60},
                                                 {Invoice::Status::Issued, 25},
                                                 {Invoice::Status::Draft, 10},
                                                 {Invoice::Status::Void, 5}});
        const int terms = m_random.pick(PaymentTerms);
        switch (plan.status) {
        case Invoice::Status::Draft:
            return;
        case Invoice::Status::Issued:
            // Recent enough to be still open; older than its terms means overdue.
            plan.issueDate = daysAgo(0, 75);
            break;
        case Invoice::Status::Paid:
            plan.issueDate = daysAgo(15, HistoryDays);
            plan.paidDate =
                std::min(m_today, plan.issueDate.addDays(m_random.between(0, terms + 30)));
            break;
        case Invoice::Status::Void:
            plan.issueDate = daysAgo(0, HistoryDays);
            break;
        }
        plan.dueDate = plan.issueDate.addDays(terms);
        const bool open =
            plan.status == Invoice::Status::Issued || plan.status == Invoice::Status::Paid;
        plan.creditable = open && plan.issueDate < m_today;
    }

    void planCreditNote(Plan &plan, const Plan &original)
    {
        plan.creditNote = true;
        plan.status = m_random.chance(80) ? Invoice::Status::Issued : Invoice::Status::Paid;
        plan.issueDate = std::min(m_today, original.issueDate.addDays(m_random.between(1, 60)));
        plan.dueDate = plan.issueDate;
        if (plan.status == Invoice::Status::Paid)
            plan.paidDate = plan.issueDate;
    }

    QDate daysAgo(qint64 fewest, qint64 most)
    {
        return m_today.addDays(-m_random.between(fewest, most));
    }

    Random m_random;
    Spread m_invoices;
    Spread m_lines;
    QDate m_today;
};

InvoiceLine makeLine(Random &random, const ClientRow &client, int position)
{
    InvoiceLine line;
    line.position = position;
    line.description = localized(random, *client.country->text, &Lexicon::lineItems);
    const int kind = int(random.below(100));
    qint64 euros = 0;
    if (kind < 60) {
        // Hours in quarters at an hourly rate.
        line.quantityMilli = random.between(1, 160) * 250;
        euros = random.between(13, 36) * 5;
    } else if (kind < 85) {
        line.quantityMilli = random.between(1, 20) * 1000;
        euros = random.between(20, 900);
    } else {
        line.quantityMilli = 1000;
        euros = random.between(10, 240) * 50;
    }
    line.unitPriceMinor = price(random, client.currency, euros);
    const Country &country = *client.country;
    line.taxRateBp = country.reducedRateBp >= 0 && random.chance(15) ? country.reducedRateBp
                                                                     : country.standardRateBp;
    return line;
}

Invoice makeInvoice(Random &random, const ClientRow &client, const QStringList &projects,
                    const InvoicePlanner::Plan &plan)
{
    Invoice invoice;
    invoice.id = random.uuid();
    invoice.clientId = client.id;
    if (!projects.isEmpty() && random.chance(70))
        invoice.projectId = random.pick(projects);
    invoice.currency = client.currency;
    if (!random.chance(40))
        invoice.notes = localized(random, *client.country->text, &Lexicon::invoiceNotes);
    invoice.status = plan.status;
    invoice.issueDate = plan.issueDate;
    invoice.dueDate = plan.dueDate;
    for (int position = 1; position <= plan.lines; ++position)
        invoice.lines << makeLine(random, client, position);
    return invoice;
}

// Corrects the first lines of an earlier issued or paid invoice of the client, as
// InvoiceRepository::createCreditNote does for all of them.
Invoice makeCreditNote(Random &random, const ClientRow &client, const Invoice &original,
                       const InvoicePlanner::Plan &plan)
{
    Q_ASSERT(original.lines.size() >= plan.lines);
    const QString id = random.uuid();
    Invoice note = original.creditNote(id);
    note.lines.resize(plan.lines);
    note.status = plan.status;
    note.issueDate = plan.issueDate;
    note.dueDate = plan.dueDate;
    if (random.chance(50))
        note.notes = localized(random, *client.country->text, &Lexicon::invoiceNotes);
    return note;
}

// One run of the generator, inside the caller's transaction. It fills one table after the
// other (deliverables with their projects, lines with their invoices): random UUID keys put
// every index insert on a random page, and a table's indexes fit the page cache where all
// tables' together would not.
class Generation
{
public:
    using Counts = DemoDataGenerator::Counts;

    Generation(Store &store, DemoDataGenerator::Sink &sink, quint64 seed, const Counts &counts,
               const DemoDataGenerator::Progress &progress, QJsonObject agency);
    Result<QList<Change>> run();

private:
    Result<void> prepare();
    void planNumbers();
    Result<void> writeClients();
    Result<void> writeContacts();
    Result<void> writeProjects();
    Result<void> writeDeliverables(Random &random, const ClientRow &client,
                                   const QString &projectId, Project::Status projectStatus,
                                   const QDate &start, qint64 count);
    Result<void> writeInvoices();
    Result<void> writeInvoice(Random &random, const Invoice &invoice, const QDate &paidDate,
                              const QVariant &snapshot);
    Result<void> indexDocuments();
    Result<void> saveSeries();
    Result<void> advance(qint64 units = 1);
    Result<void> add(int insert, std::initializer_list<QVariant> values)
    {
        return m_sink.addRow(insert, std::span(values.begin(), values.size()));
    }
    // RepositorySupport::date, made once per day: a few thousand days recur in millions of rows.
    QVariant dateValue(const QDate &date)
    {
        if (!date.isValid())
            return RepositorySupport::date(date);
        auto known = m_dates.constFind(date.toJulianDay());
        if (known == m_dates.constEnd())
            known = m_dates.insert(date.toJulianDay(), RepositorySupport::date(date));
        return *known;
    }

    QSqlDatabase m_database;
    DemoDataGenerator::Sink &m_sink;
    quint64 m_seed;
    Counts m_counts;
    const DemoDataGenerator::Progress &m_progress;
    QJsonObject m_agency;
    // Every row's created_at and updated_at.
    QVariant m_now;
    QDate m_today;
    int m_insertClient = -1;
    int m_insertContact = -1;
    int m_insertProject = -1;
    int m_insertDeliverable = -1;
    int m_insertInvoice = -1;
    int m_insertLine = -1;
    // Last number per year of the generator's series: from invoice_series, then as planned.
    QMap<int, int> m_lastNumbers;
    // The number the next invoice issued on a day gets.
    QMap<QDate, int> m_nextNumber;
    // The highest rowid per searchable table before the run: later rows are the new ones.
    QMap<SearchIndex::Kind, qint64> m_rowidsBefore;
    QHash<qint64, QVariant> m_dates;
    // Units of work: every row written, then every searchable row indexed.
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_nextReport = ProgressEvery;
    qint64 m_reported = 0;
};

Generation::Generation(Store &store, DemoDataGenerator::Sink &sink, quint64 seed,
                       const Counts &counts, const DemoDataGenerator::Progress &progress,
                       QJsonObject agency)
    : m_database(store.database())
    , m_sink(sink)
    , m_seed(seed)
    , m_counts(counts)
    , m_progress(progress)
    , m_agency(std::move(agency))
    , m_now(RepositorySupport::now(store))
    , m_today(store.clock().now().toUTC().date())
    , m_total(counts.total() + counts.clients + counts.contacts + counts.projects + counts.invoices)
{ }

Result<void> Generation::prepare()
{
    // Parents before children (Sink::addRow).
    const std::pair<int *, TableIndex> inserts[] = {
        {&m_insertClient, ClientTable},   {&m_insertContact, ContactTable},
        {&m_insertProject, ProjectTable}, {&m_insertDeliverable, DeliverableTable},
        {&m_insertInvoice, InvoiceTable}, {&m_insertLine, LineTable},
    };
    for (const auto &[insert, table] : inserts) {
        auto prepared = m_sink.prepareRows(insertSql(tables().at(table)));
        if (!prepared)
            return prepared.error();
        *insert = *prepared;
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT year, last_number FROM invoice_series WHERE series = ?"));
    query.addBindValue(Series);
    if (!query.exec())
        return StoreError::from(query.lastError());
    while (query.next())
        m_lastNumbers.insert(query.value(0).toInt(), query.value(1).toInt());
    const std::pair<SearchIndex::Kind, QString> searchable[] = {
        {SearchIndex::Kind::Client, QStringLiteral("client")},
        {SearchIndex::Kind::Contact, QStringLiteral("contact")},
        {SearchIndex::Kind::Project, QStringLiteral("project")},
        {SearchIndex::Kind::Invoice, QStringLiteral("invoice")},
    };
    for (const auto &[kind, table] : searchable) {
        if (!query.exec(QStringLiteral("SELECT ifnull(max(rowid), 0) FROM ") + table)
            || !query.next())
            return StoreError::from(query.lastError());
        m_rowidsBefore.insert(kind, query.value(0).toLongLong());
    }
    planNumbers();
    return {};
}

Result<QList<Change>> Generation::run()
{
    if (auto ready = prepare(); !ready)
        return ready.error();
    for (const auto phase :
         {&Generation::writeClients, &Generation::writeContacts, &Generation::writeProjects,
          &Generation::writeInvoices, &Generation::indexDocuments, &Generation::saveSeries}) {
        if (auto done = (this->*phase)(); !done)
            return done.error();
    }
    if (m_progress && m_reported < m_total && !m_progress(m_total, m_total))
        return cancelled();
    QList<Change> changes;
    const QString entityId = QStringLiteral("demo-data:%1").arg(m_seed);
    for (const Table &table : tables()) {
        if (m_counts.*table.count > 0)
            changes << Change {
                Change::Operation::Create, table.entity, entityId, table.columns, false, 0};
    }
    return changes;
}

Result<void> Generation::advance(qint64 units)
{
    m_done += units;
    if (m_done < m_nextReport)
        return {};
    m_nextReport = m_done + ProgressEvery;
    m_reported = m_done;
    if (m_progress && !m_progress(m_done, m_total))
        return cancelled();
    return {};
}

Result<void> Generation::writeClients()
{
    for (qint64 i = 0; i < m_counts.clients; ++i) {
        const ClientRow client = describeClient(m_seed, i);
        auto inserted =
            add(m_insertClient,
                {client.id, client.name, client.legalName, client.email, client.phone,
                 client.billingAddress, client.taxId, client.notes,
                 Client::statusKey(client.status), client.tags.join(u','), m_now, m_now});
        if (!inserted)
            return inserted.error();
        if (auto counted = advance(); !counted)
            return counted;
    }
    return {};
}

Result<void> Generation::writeContacts()
{
    Random counts = randomFor(m_seed, Stream::ContactCount);
    Spread spread(m_counts.contacts, m_counts.clients, 2, 0);
    for (qint64 i = 0; i < m_counts.clients; ++i) {
        const qint64 count = spread.next(counts);
        if (count == 0)
            continue;
        const ClientRow client = describeClient(m_seed, i);
        const Country &country = *client.country;
        Random random = randomFor(m_seed, Stream::Contact, i);
        for (qint64 contact = 0; contact < count; ++contact) {
            const QString id = random.uuid();
            const Person person = makePerson(random, country);
            const QString email =
                random.chance(15) ? QString() : person.mailbox + u'@' + client.domain;
            const QString phone =
                random.chance(40) ? QString() : fill(random, random.pick(country.phones));
            const QString role =
                random.chance(15) ? QString() : localized(random, *country.text, &Lexicon::roles);
            auto inserted = add(m_insertContact,
                                {id, client.id, person.name, email, phone, role, m_now, m_now});
            if (!inserted)
                return inserted.error();
            if (auto counted = advance(); !counted)
                return counted;
        }
    }
    return {};
}

Result<void> Generation::writeProjects()
{
    Random projectCounts = randomFor(m_seed, Stream::ProjectCount);
    Spread projects(m_counts.projects, m_counts.clients, 1, 0);
    Random deliverableCounts = randomFor(m_seed, Stream::DeliverableCount);
    Spread deliverables(m_counts.deliverables, m_counts.projects, 2, 0);
    for (qint64 i = 0; i < m_counts.clients; ++i) {
        const qint64 count = projects.next(projectCounts);
        if (count == 0)
            continue;
        const ClientRow client = describeClient(m_seed, i);
        const QStringList ids = projectIds(m_seed, i, count);
        Random random = randomFor(m_seed, Stream::Project, i);
        for (const QString &id : ids) {
            const auto status = weighted<Project::Status>(random,
                                                          {{Project::Status::Lead, 15},
                                                           {Project::Status::Active, 40},
                                                           {Project::Status::OnHold, 10},
                                                           {Project::Status::Done, 35}});
            QDate start;
            if (status == Project::Status::Lead && random.chance(50))
                start = m_today.addDays(random.between(7, 90));
            else if (random.chance(90))
                start = m_today.addDays(-random.between(0, HistoryDays));
            QDate due;
            if (start.isValid() && random.chance(80))
                due = start.addDays(random.between(30, 365));
            QString name = localized(random, *client.country->text, &Lexicon::projects);
            const int suffix = int(random.below(100));
            if (suffix < 30)
                name += u' ' + QString::number((start.isValid() ? start : m_today).year());
            else if (suffix < 40)
                name += u" – Phase " + QString::number(random.between(2, 4));
            QVariant budget(QMetaType::fromType<qlonglong>());
            QVariant budgetCurrency = nullText();
            if (random.chance(70)) {
                const qint64 euros = random.between(20, 2000) * 100;
                budget = minorUnits(client.currency, euros);
                budgetCurrency = client.currency;
            }
            auto inserted = add(m_insertProject,
                                {id, client.id, name, Project::statusKey(status), budget,
                                 budgetCurrency, dateValue(start), dateValue(due), m_now, m_now});
            if (!inserted)
                return inserted.error();
            if (auto counted = advance(); !counted)
                return counted;
            const qint64 parts = deliverables.next(deliverableCounts);
            if (auto written = writeDeliverables(random, client, id, status, start, parts);
                !written)
                return written;
        }
    }
    return {};
}

Result<void> Generation::writeDeliverables(Random &random, const ClientRow &client,
                                           const QString &projectId, Project::Status projectStatus,
                                           const QDate &start, qint64 count)
{
    for (qint64 i = 0; i < count; ++i) {
        const QString id = random.uuid();
        QString title = localized(random, *client.country->text, &Lexicon::deliverables);
        if (random.chance(15))
            title += QStringLiteral(" (v%1)").arg(random.between(2, 4));
        Deliverable::Status status = Deliverable::Status::Open;
        if (projectStatus == Project::Status::Done)
            status = Deliverable::Status::Done;
        else if (projectStatus == Project::Status::OnHold && random.chance(50))
            status = Deliverable::Status::InProgress;
        else if (projectStatus == Project::Status::Active)
            status = weighted<Deliverable::Status>(random,
                                                   {{Deliverable::Status::Open, 35},
                                                    {Deliverable::Status::InProgress, 30},
                                                    {Deliverable::Status::Done, 35}});
        QDate due;
        if (!random.chance(10))
            due = start.isValid() ? start.addDays(random.between(7, 300))
                                  : m_today.addDays(random.between(-200, 120));
        QDate done;
        if (status == Deliverable::Status::Done) {
            done =
                std::min(m_today, (due.isValid() ? due : m_today).addDays(random.between(-20, 5)));
            if (start.isValid() && done < start)
                done = start;
        }
        auto inserted = add(m_insertDeliverable,
                            {id, projectId, title, Deliverable::statusKey(status), dateValue(due),
                             dateValue(done), m_now, m_now});
        if (!inserted)
            return inserted.error();
        if (auto counted = advance(); !counted)
            return counted;
    }
    return {};
}

// Numbers follow the issue date, gap-free per year, as if each invoice had been issued on its
// day: a plan made ahead counts the invoices of each day, so each is numbered as it is written.
void Generation::planNumbers()
{
    InvoicePlanner ahead(m_seed, m_counts, m_today);
    QMap<QDate, int> issuedOn;
    for (qint64 i = 0; i < m_counts.clients; ++i) {
        for (const InvoicePlanner::Plan &plan : ahead.nextClient()) {
            if (plan.status != Invoice::Status::Draft)
                ++issuedOn[plan.issueDate];
        }
    }
    for (auto it = issuedOn.cbegin(); it != issuedOn.cend(); ++it) {
        int &last = m_lastNumbers[it.key().year()];
        m_nextNumber.insert(it.key(), last + 1);
        last += it.value();
    }
}

Result<void> Generation::writeInvoices()
{
    // The project counts again, from the same stream as writeProjects, for the project ids.
    Random projectCounts = randomFor(m_seed, Stream::ProjectCount);
    Spread projects(m_counts.projects, m_counts.clients, 1, 0);
    InvoicePlanner planner(m_seed, m_counts, m_today);
    for (qint64 i = 0; i < m_counts.clients; ++i) {
        const qint64 projectCount = projects.next(projectCounts);
        const QList<InvoicePlanner::Plan> plans = planner.nextClient();
        if (plans.isEmpty())
            continue;
        const ClientRow client = describeClient(m_seed, i);
        const QStringList projectIdsOfClient = projectIds(m_seed, i, projectCount);
        const QVariant snapshot(billingSnapshot(m_agency, client));
        Random random = randomFor(m_seed, Stream::Invoice, i);
        std::optional<Invoice> creditable;
        for (const InvoicePlanner::Plan &plan : plans) {
            Invoice invoice = plan.creditNote
                ? makeCreditNote(random, client, *creditable, plan)
                : makeInvoice(random, client, projectIdsOfClient, plan);
            if (plan.status != Invoice::Status::Draft) {
                invoice.series = Series;
                invoice.number = Invoice::formatNumber(plan.issueDate.year(), Series,
                                                       m_nextNumber[plan.issueDate]++);
            }
            if (plan.creditNote)
                creditable.reset();
            if (plan.creditable)
                creditable = invoice;
            const bool draft = plan.status == Invoice::Status::Draft;
            if (auto written =
                    writeInvoice(random, invoice, plan.paidDate, draft ? nullText() : snapshot);
                !written)
                return written;
        }
    }
    return {};
}

Result<void> Generation::writeInvoice(Random &random, const Invoice &invoice, const QDate &paidDate,
                                      const QVariant &snapshot)
{
    auto totals = InvoiceCalculator::totals(invoice.lines);
    if (!totals)
        return totals.error();
    auto inserted =
        add(m_insertInvoice,
            {invoice.id, invoice.clientId, RepositorySupport::optionalText(invoice.projectId),
             RepositorySupport::optionalText(invoice.number), invoice.series,
             Invoice::statusKey(invoice.status), Invoice::kindKey(invoice.kind),
             RepositorySupport::optionalText(invoice.creditForId), dateValue(invoice.issueDate),
             dateValue(invoice.dueDate), invoice.currency, invoice.notes, totals->net, totals->tax,
             totals->total, snapshot, dateValue(paidDate), m_now, m_now});
    if (!inserted)
        return inserted.error();
    if (auto counted = advance(); !counted)
        return counted;
    for (const InvoiceLine &line : invoice.lines) {
        auto amounts = InvoiceCalculator::line(line);
        if (!amounts)
            return amounts.error();
        const QString id = random.uuid();
        auto added =
            add(m_insertLine,
                {id, invoice.id, line.position, line.description, line.quantityMilli,
                 line.unitPriceMinor, line.taxRateBp, amounts->net, amounts->tax, m_now, m_now});
        if (!added)
            return added.error();
        if (auto counted = advance(); !counted)
            return counted;
    }
    return {};
}

// Adds the search documents of the new rows as the repositories make them (EntityWriter), kind
// by kind and in rising docid order, in the same transaction. FTS4 flushes its pending terms
// into a new segment whenever a docid is lower than the one before: indexing each row as it was
// written (clients, contacts, projects and invoices interleaved) flushed on almost every row and
// spent its time merging segments; in order, it flushes three times in all.
Result<void> Generation::indexDocuments()
{
    constexpr qint64 Batch = 10'000;
    struct Source
    {
        SearchIndex::Kind kind;
        QString table;
        // SQL for the title and body, as ClientRepository, ProjectRepository and
        // InvoiceRepository build them. Tags never hold a comma, so replacing them is exact.
        QString title;
        QString body;
        qint64 Counts::*count;
    };
    const Source sources[] = {
        {SearchIndex::Kind::Client, QStringLiteral("client"), QStringLiteral("name"),
         QStringLiteral("legal_name || ' ' || email || ' ' || replace(tags, ',', ' ')"),
         &Counts::clients},
        {SearchIndex::Kind::Contact, QStringLiteral("contact"), QStringLiteral("name"),
         QStringLiteral("email"), &Counts::contacts},
        {SearchIndex::Kind::Project, QStringLiteral("project"), QStringLiteral("name"),
         QStringLiteral("NULL"), &Counts::projects},
        {SearchIndex::Kind::Invoice, QStringLiteral("invoice"), QStringLiteral("number"),
         QStringLiteral("notes"), &Counts::invoices},
    };
    for (const Source &source : sources) {
        // SearchIndex::docId is linear in the rowid; SQL computes it with the same factors.
        const qint64 offset = SearchIndex::docId(source.kind, 0);
        const qint64 factor = SearchIndex::docId(source.kind, 1) - offset;
        const QString insert = QStringLiteral("INSERT INTO search_index (docid, title, body) "
                                              "SELECT rowid * %1 + %2, %3, %4 FROM %5 "
                                              "WHERE rowid > ? AND rowid <= ? ORDER BY rowid")
                                   .arg(QString::number(factor), QString::number(offset),
                                        source.title, source.body, source.table);
        // The new rows took the rowids after the highest one before (SQLite's rule for tables
        // without AUTOINCREMENT), so their range is known without asking.
        const qint64 first = m_rowidsBefore.value(source.kind);
        const qint64 last = first + m_counts.*source.count;
        for (qint64 from = first; from < last; from += Batch) {
            const qint64 to = std::min(last, from + Batch);
            if (auto added = m_sink.run(insert, {from, to}); !added)
                return added;
            if (auto counted = advance(to - from); !counted)
                return counted;
        }
    }
    return {};
}

// Records the last number per year, so issuing more invoices in the series continues gap-free.
Result<void> Generation::saveSeries()
{
    const QString save = QStringLiteral(
        "INSERT OR REPLACE INTO invoice_series (series, year, last_number) VALUES (?, ?, ?)");
    for (auto it = m_lastNumbers.cbegin(); it != m_lastNumbers.cend(); ++it) {
        if (auto saved = m_sink.run(save, {Series, it.key(), it.value()}); !saved)
            return saved;
    }
    return {};
}

Result<void> checkCounts(const DemoDataGenerator::Counts &counts)
{
    for (const qint64 count : {counts.clients, counts.contacts, counts.projects,
                               counts.deliverables, counts.invoices, counts.invoiceLines}) {
        if (count < 0 || count > MaxCount)
            return Error(
                ErrorKind::InvalidInput,
                DemoDataGenerator::tr("Each table can get from 0 to 1 000 000 000 demo rows."));
    }
    if (counts.clients == 0 && (counts.contacts > 0 || counts.projects > 0 || counts.invoices > 0))
        return Error(
            ErrorKind::InvalidInput,
            DemoDataGenerator::tr("Contacts, projects and invoices need at least one client."));
    if (counts.projects == 0 && counts.deliverables > 0)
        return Error(ErrorKind::InvalidInput,
                     DemoDataGenerator::tr("Deliverables need at least one project."));
    if (counts.invoiceLines < counts.invoices || (counts.invoices == 0 && counts.invoiceLines > 0))
        return Error(
            ErrorKind::InvalidInput,
            DemoDataGenerator::tr("Every invoice needs at least one line: ask for at least as many "
                                  "invoice lines as invoices, and no lines without invoices."));
    return {};
}

// The agency's half of every billing snapshot, as InvoiceRepository::issue writes it.
Result<QJsonObject> agencySnapshot(Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT id FROM workspace LIMIT 1")) || !query.next())
        return Error(ErrorKind::Io, DemoDataGenerator::tr("The workspace record is missing."));
    const QString workspaceId = query.value(0).toString();
    query.finish();
    auto profile = AgencyProfileRepository(store, workspaceId).load();
    if (!profile)
        return profile.error();
    return QJsonObject {{QStringLiteral("legalName"), profile->legalName},
                        {QStringLiteral("address"), profile->address},
                        {QStringLiteral("taxId"), profile->taxId},
                        {QStringLiteral("iban"), profile->iban},
                        {QStringLiteral("bic"), profile->bic},
                        {QStringLiteral("invoiceFooter"), profile->invoiceFooter}};
}

// The connection's page cache in KiB, whether it was set in KiB or in pages.
Result<int> cacheBudget(Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        return StoreError::from(query.lastError());
    const qint64 size = query.value(0).toLongLong();
    query.finish();
    if (size < 0)
        return int(-size);
    if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
        return StoreError::from(query.lastError());
    return int(size * query.value(0).toLongLong() / 1024);
}

Result<int> pragmaValue(Store &store, const QString &pragma)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return StoreError::from(query.lastError());
    return query.value(0).toInt();
}

// References are checked once, before the commit (checkReferences), instead of on every
// insert: a checked insert into a table with triggers opens a statement journal for each row
// (SQLite makes any statement that may abort after a trigger undoable on its own), and that
// doubled the time of M. Returns whether checking was switched off: inside a caller's
// transaction the pragma does nothing, and the checks simply stay on.
Result<bool> deferReferenceChecks(Store &store)
{
    auto before = pragmaValue(store, QStringLiteral("foreign_keys"));
    if (!before)
        return before.error();
    if (*before == 0)
        return false;
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return StoreError::from(query.lastError());
    auto after = pragmaValue(store, QStringLiteral("foreign_keys"));
    if (!after)
        return after.error();
    return *after == 0;
}

Result<void> enforceReferences(Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return StoreError::from(query.lastError());
    auto enforced = pragmaValue(store, QStringLiteral("foreign_keys"));
    if (!enforced)
        return enforced.error();
    if (*enforced != 1) {
        qCCritical(lcStore) << "foreign keys stayed off after generating demo data";
        return Error(ErrorKind::Io,
                     DemoDataGenerator::tr(
                         "The store did not turn its reference checks back on. Close and reopen "
                         "the workspace before changing anything."));
    }
    return {};
}

// Every reference the generated tables hold points at a row, as the checks on each insert
// would have ensured.
Result<void> checkReferences(DemoDataGenerator::Sink &sink)
{
    for (const Table &table : tables()) {
        auto found =
            sink.findsRows(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table.entity));
        if (!found)
            return found.error();
        if (*found) {
            qCCritical(lcStore) << "generated demo data failed its reference check";
            return Error(ErrorKind::InvalidInput,
                         DemoDataGenerator::tr(
                             "The demo data refers to rows that do not exist, so none of it was "
                             "kept."));
        }
    }
    return {};
}

// A secondary index of a table the generator fills: its name, and its definition as the schema
// holds it, to make it again.
struct SecondaryIndex
{
    QString name;
    QString definition;
};

// Primary keys and UNIQUE constraints have no definition of their own and stay.
Result<QList<SecondaryIndex>> secondaryIndexes(Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
            "tbl_name IN ('client', 'contact', 'project', 'deliverable', 'invoice', "
            "'invoice_line')")))
        return StoreError::from(query.lastError());
    QList<SecondaryIndex> indexes;
    while (query.next())
        indexes << SecondaryIndex {query.value(0).toString(), query.value(1).toString()};
    return indexes;
}

// The lists' live-row counts (list_counts), set once for the bulk insert instead of per row.
Result<void> recountLists(DemoDataGenerator::Sink &sink)
{
    for (const char *table : {"client", "project", "invoice"}) {
        if (auto counted = sink.run(QStringLiteral("UPDATE list_counts SET live = (SELECT count(*) "
                                                   "FROM %1 WHERE deleted_at IS NULL) WHERE name "
                                                   "= '%1'")
                                        .arg(QLatin1String(table)));
            !counted)
            return counted;
    }
    return {};
}

// The bulk load, into `sink`, inside the caller's transaction. Secondary indexes are made again
// once at the end: CREATE INDEX sorts, where a million inserts each land on a random index page.
Result<QList<Change>> load(Store &store, DemoDataGenerator::Sink &sink, quint64 seed,
                           const DemoDataGenerator::Counts &counts,
                           const DemoDataGenerator::Progress &progress, const QJsonObject &agency,
                           bool referencesDeferred)
{
    auto indexes = secondaryIndexes(store);
    if (!indexes)
        return indexes.error();
    for (const SecondaryIndex &index : std::as_const(*indexes)) {
        if (auto dropped = sink.run(QStringLiteral("DROP INDEX \"%1\"").arg(index.name)); !dropped)
            return dropped.error();
    }
    auto changes = Generation(store, sink, seed, counts, progress, agency).run();
    if (!changes)
        return changes;
    for (const SecondaryIndex &index : std::as_const(*indexes)) {
        if (auto made = sink.run(index.definition); !made)
            return made.error();
    }
    if (referencesDeferred) {
        if (auto checked = checkReferences(sink); !checked)
            return checked.error();
    }
    if (auto counted = recountLists(sink); !counted)
        return counted.error();
    return changes;
}
} // namespace

DemoDataGenerator::DemoDataGenerator(Store &store, quint64 seed)
    : m_store(store)
    , m_seed(seed)
{ }

DemoDataGenerator::Counts DemoDataGenerator::counts(Size size)
{
    qint64 clients = 1'000;
    if (size == Size::M)
        clients = 100'000;
    else if (size == Size::L)
        clients = 1'000'000;
    return {clients, clients * 5 / 2, clients, clients * 3, clients * 2, clients * 6};
}

std::optional<DemoDataGenerator::Size> DemoDataGenerator::sizeFromName(const QString &name)
{
    const QString key = name.trimmed().toUpper();
    if (key == u"S")
        return Size::S;
    if (key == u"M")
        return Size::M;
    if (key == u"L")
        return Size::L;
    return std::nullopt;
}

QString DemoDataGenerator::invoiceSeries()
{
    return Series;
}

Result<DemoDataGenerator::Counts> DemoDataGenerator::generate(Size size, const Progress &progress)
{
    return generate(counts(size), progress);
}

Result<DemoDataGenerator::Counts> DemoDataGenerator::generate(const Counts &counts,
                                                              const Progress &progress)
{
    if (auto valid = checkCounts(counts); !valid)
        return valid.error();
    auto agency = agencySnapshot(m_store);
    if (!agency)
        return agency.error();
    auto previousCache = cacheBudget(m_store);
    if (!previousCache)
        return previousCache.error();
    const bool raiseCache = *previousCache < BulkCacheKiB;
    if (raiseCache) {
        if (auto raised = m_store.setCacheBudget(BulkCacheKiB); !raised)
            return raised.error();
    }
    const auto restoreCache = qScopeGuard([&] {
        if (raiseCache && !m_store.setCacheBudget(*previousCache))
            qCWarning(lcStore) << "could not restore the page cache budget after generating";
    });

    auto deferred = deferReferenceChecks(m_store);
    if (!deferred)
        return deferred.error();
    qCInfo(lcStore) << "generating demo data:" << counts.total() << "rows";
    // Same transaction as the rows, so a failure restores the dropped indexes too.
    auto written = m_store.writeChanges([&]() -> Result<QList<Change>> {
        StoreSink sink(m_store.database());
        return load(m_store, sink, m_seed, counts, progress, *agency, *deferred);
    });
    if (*deferred) {
        if (auto enforced = enforceReferences(m_store); !enforced)
            return enforced.error();
    }
    if (!written) {
        qCInfo(lcStore) << "demo data not generated; nothing was written";
        return written.error();
    }
    return counts;
}

Result<DemoDataGenerator::Counts> DemoDataGenerator::writeTo(Sink &sink, const Counts &counts,
                                                             const Progress &progress)
{
    if (auto valid = checkCounts(counts); !valid)
        return valid.error();
    auto agency = agencySnapshot(m_store);
    if (!agency)
        return agency.error();
    if (auto loaded = load(m_store, sink, m_seed, counts, progress, *agency, true); !loaded)
        return loaded.error();
    return counts;
}

} // namespace ClientDesk
