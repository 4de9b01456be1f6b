// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/SecretBytes.h"
#include "models/store/SqlCipherDriver.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <limits>
#include <memory>

using namespace ClientDesk;
using namespace Qt::StringLiterals;

#define EXEC_SQL(query, sql) QVERIFY2((query).exec(sql), qPrintable((query).lastError().text()))
#define EXEC_PREPARED(query) QVERIFY2((query).exec(), qPrintable((query).lastError().text()))
#define PREPARE(query, sql) QVERIFY2((query).prepare(sql), qPrintable((query).lastError().text()))

namespace {
SecretBytes randomKey()
{
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / qsizetype(sizeof(quint32)));
    return SecretBytes::adopt(bytes);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          size / qsizetype(sizeof(quint32)));
    return bytes;
}

// One named QSqlDatabase connection, removed again when the test is done with it.
class Connection
{
public:
    Connection(const QString &path, const SecretBytes *key, const QString &options = QString())
        : m_name(u"test-connection-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (key)
            driver()->setRawKey(*key);
        m_opened = db.open();
    }
    ~Connection()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool opened() const { return m_opened; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    SqlCipherDriver *driver() const { return qobject_cast<SqlCipherDriver *>(database().driver()); }
    QSqlError lastError() const { return database().lastError(); }
    QString errorText() const { return lastError().text(); }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_opened = false;
};

QStringList selectColumn(QSqlDatabase db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {u"error: "_s + query.lastError().text()};
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}
} // namespace

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registersDriverIdempotently();
    void reportsHonestFeatures();
    void roundTripsEveryBoundType_data();
    void roundTripsEveryBoundType();
    void storesDateTimesAsUtcIso();
    void rejectsUnsignedOverflow();
    void bindsNamedPlaceholders();
    void bindsPositionalPlaceholders();
    void rebindsPositionalValuesInPlace();
    void keepsBoundTextWhileStepping();
    void rejectsParameterCountMismatch();
    void reportsLastInsertIdAndRowsAffected();
    void executesBatches();
    void refusesMalformedBatches();
    void commitsTransaction();
    void rollsBackTransaction();
    void beginImmediateHoldsOffOtherWriters();
    void mapsSyntaxError();
    void mapsConstraintViolationWithoutValues();
    void refusesSeveralStatements();
    void listsTablesRecordsAndPrimaryIndex();
    void recordIsAvailableBeforeFetching();
    void navigatesBackwardsAndRandomly();
    void navigatesForwardOnly();
    void finishReleasesReadLock();
    void closeFinalizesLiveQueries();
    void escapesIdentifiers();
    void writesOnlyEncryptedBytes();
    void rejectsWrongKey();
    void refusesToOpenWithoutKey();
    void forgetsKeyAfterOpen();
    void readOnlyOptionRefusesWrites();
    void noCreateOptionFailsOnMissingFile();
    void rejectsUnknownOption();
    void reportsCipherVersionAndPageSize();
    void neverMapsStockSqlite();

private:
    QString storePath(const QString &name = u"store.db"_s) const { return m_dir->filePath(name); }
    // Makes a store holding table `item(k INTEGER PRIMARY KEY, value)`.
    bool createItemStore(const SecretBytes &key);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlCipherDriver::initTestCase()
{
    SqlCipherDriver::registerDriver();
}

void TestSqlCipherDriver::init()
{
    const QString base = qEnvironmentVariable("CLIENTDESK_TEST_TMP");
    if (base.isEmpty()) {
        m_dir = std::make_unique<QTemporaryDir>();
    } else {
        QDir().mkpath(base);
        m_dir = std::make_unique<QTemporaryDir>(base + u"/TestSqlCipherDriver-XXXXXX"_s);
    }
    QVERIFY(m_dir->isValid());
}

void TestSqlCipherDriver::cleanup()
{
    m_dir.reset();
}

bool TestSqlCipherDriver::createItemStore(const SecretBytes &key)
{
    Connection connection(storePath(), &key);
    if (!connection.opened())
        return false;
    QSqlQuery query(connection.database());
    return query.exec(u"CREATE TABLE item(k INTEGER PRIMARY KEY, value)"_s);
}

void TestSqlCipherDriver::registersDriverIdempotently()
{
    SqlCipherDriver::registerDriver();
    SqlCipherDriver::registerDriver();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), u"reg"_s);
        QVERIFY(db.isValid());
        QVERIFY(qobject_cast<SqlCipherDriver *>(db.driver()));
        QCOMPARE(db.driverName(), u"QSQLCIPHER"_s);
    }
    QSqlDatabase::removeDatabase(u"reg"_s);
}

void TestSqlCipherDriver::reportsHonestFeatures()
{
    SqlCipherDriver driver;
    const QList<std::pair<QSqlDriver::DriverFeature, bool>> expected {
        {QSqlDriver::Transactions, true},
        {QSqlDriver::PreparedQueries, true},
        {QSqlDriver::PositionalPlaceholders, true},
        {QSqlDriver::BLOB, true},
        {QSqlDriver::Unicode, true},
        {QSqlDriver::LastInsertId, true},
        {QSqlDriver::FinishQuery, true},
        {QSqlDriver::SimpleLocking, false},
        {QSqlDriver::QuerySize, false},
        {QSqlDriver::NamedPlaceholders, false},
        {QSqlDriver::BatchOperations, true},
        {QSqlDriver::LowPrecisionNumbers, false},
        {QSqlDriver::EventNotifications, false},
        {QSqlDriver::MultipleResultSets, false},
        {QSqlDriver::CancelQuery, false},
    };
    for (const auto &[feature, supported] : expected) {
        if (driver.hasFeature(feature) != supported)
            QFAIL(qPrintable(u"feature %1 should be %2"_s.arg(int(feature)).arg(supported)));
    }
}

void TestSqlCipherDriver::roundTripsEveryBoundType_data()
{
    QTest::addColumn<QVariant>("bound");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("storedAs");

    constexpr qint64 min = std::numeric_limits<qint64>::min();
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("int64 min") << QVariant(qlonglong(min)) << QVariant(qlonglong(min))
                               << u"integer"_s;
    QTest::newRow("int64 max") << QVariant(qlonglong(max)) << QVariant(qlonglong(max))
                               << u"integer"_s;
    QTest::newRow("int") << QVariant(-42) << QVariant(qlonglong(-42)) << u"integer"_s;
    QTest::newRow("uint") << QVariant(4000000000U) << QVariant(qlonglong(4000000000LL))
                          << u"integer"_s;
    QTest::newRow("ulonglong at int64 max")
        << QVariant(qulonglong(max)) << QVariant(qlonglong(max)) << u"integer"_s;
    QTest::newRow("bool true") << QVariant(true) << QVariant(qlonglong(1)) << u"integer"_s;
    QTest::newRow("bool false") << QVariant(false) << QVariant(qlonglong(0)) << u"integer"_s;
    QTest::newRow("double") << QVariant(3.141592653589793) << QVariant(3.141592653589793)
                            << u"real"_s;
    QTest::newRow("double denormal") << QVariant(4.9e-324) << QVariant(4.9e-324) << u"real"_s;
    QTest::newRow("float") << QVariant(1.5F) << QVariant(1.5) << u"real"_s;
    QTest::newRow("text") << QVariant(u"plain"_s) << QVariant(u"plain"_s) << u"text"_s;
    QTest::newRow("empty text") << QVariant(u""_s) << QVariant(u""_s) << u"text"_s;
    QTest::newRow("null") << QVariant() << QVariant() << u"null"_s;
    QTest::newRow("null string") << QVariant(QString()) << QVariant() << u"null"_s;
    QTest::newRow("unicode") << QVariant(u"Zoë Ångström – 東京都 – שלום – مرحبا – 👋"_s)
                             << QVariant(u"Zoë Ångström – 東京都 – שלום – مرحبا – 👋"_s)
                             << u"text"_s;
    const QByteArray binary("\x00\x01\x7f\x80\xff", 5);
    QTest::newRow("blob") << QVariant(binary) << QVariant(binary) << u"blob"_s;
    QTest::newRow("empty blob") << QVariant(QByteArray("", 0)) << QVariant(QByteArray("", 0))
                                << u"blob"_s;
    QTest::newRow("null blob") << QVariant(QByteArray()) << QVariant() << u"null"_s;
    const QByteArray mebibyte = randomBytes(1024 * 1024);
    QTest::newRow("1 MiB blob") << QVariant(mebibyte) << QVariant(mebibyte) << u"blob"_s;
    QTest::newRow("date") << QVariant(QDate(2024, 2, 29)) << QVariant(u"2024-02-29"_s) << u"text"_s;
    QTest::newRow("datetime") << QVariant(
        QDateTime(QDate(2024, 3, 31), QTime(1, 2, 3, 456), QTimeZone(2 * 3600)))
                              << QVariant(u"2024-03-30T23:02:03.456Z"_s) << u"text"_s;
    QTest::newRow("time") << QVariant(QTime(13, 14, 15, 16)) << QVariant(u"13:14:15.016"_s)
                          << u"text"_s;
    QTest::newRow("uuid") << QVariant(QUuid(u"{67C8770B-44F1-410A-AB9A-F9B5446F13EE}"_s))
                          << QVariant(u"67c8770b-44f1-410a-ab9a-f9b5446f13ee"_s) << u"text"_s;
}

void TestSqlCipherDriver::roundTripsEveryBoundType()
{
    QFETCH(QVariant, bound);
    QFETCH(QVariant, expected);
    QFETCH(QString, storedAs);

    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key);
    QVERIFY2(connection.opened(), qPrintable(connection.errorText()));
    QSqlQuery insert(connection.database());
    PREPARE(insert, u"INSERT INTO item(value) VALUES (?)"_s);
    insert.addBindValue(bound);
    EXEC_PREPARED(insert);

    QSqlQuery select(connection.database());
    EXEC_SQL(select, u"SELECT value, typeof(value) FROM item"_s);
    QVERIFY(select.next());
    const QVariant actual = select.value(0);
    QCOMPARE(select.value(1).toString(), storedAs);
    QCOMPARE(select.isNull(0), !expected.isValid());
    QCOMPARE(actual.isNull(), !expected.isValid());
    QCOMPARE(actual.typeId(), expected.typeId());
    QCOMPARE(actual, expected);
    // Qt's QString and QByteArray compare empty equal to null; the store must keep them apart.
    if (expected.typeId() == QMetaType::QString)
        QVERIFY(!actual.toString().isNull());
    if (expected.typeId() == QMetaType::QByteArray)
        QVERIFY(!actual.toByteArray().isNull());
    QVERIFY(!select.next());
}

void TestSqlCipherDriver::storesDateTimesAsUtcIso()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY2(connection.opened(), qPrintable(connection.errorText()));
    QSqlQuery query(connection.database());
    EXEC_SQL(query, u"CREATE TABLE event(at TEXT, day TEXT)"_s);
    const QDateTime at(QDate(2023, 12, 31), QTime(23, 59, 59, 999), QTimeZone(-5 * 3600));
    PREPARE(query, u"INSERT INTO event(at, day) VALUES (:at, :day)"_s);
    query.bindValue(u":at"_s, at);
    query.bindValue(u":day"_s, QDate(2000, 1, 1));
    EXEC_PREPARED(query);
    EXEC_SQL(query, u"SELECT at, day FROM event"_s);
    QVERIFY(query.next());
    const QDateTime readBack = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    QCOMPARE(readBack, at);
    QCOMPARE(readBack.timeSpec(), Qt::UTC);
    QCOMPARE(QDate::fromString(query.value(1).toString(), Qt::ISODate), QDate(2000, 1, 1));
}

void TestSqlCipherDriver::rejectsUnsignedOverflow()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    PREPARE(query, u"INSERT INTO item(value) VALUES (?)"_s);
    const qulonglong tooBig = qulonglong(std::numeric_limits<qint64>::max()) + 1;
    query.addBindValue(tooBig);
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QVERIFY2(query.lastError().text().contains(u"value out of range"_s),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.lastError().text().contains(QString::number(tooBig)));
    QCOMPARE(selectColumn(connection.database(), u"SELECT count(*) FROM item"_s),
             QStringList {u"0"_s});
}

void TestSqlCipherDriver::bindsNamedPlaceholders()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    EXEC_SQL(query, u"CREATE TABLE person(name TEXT, age INTEGER)"_s);
    PREPARE(query, u"INSERT INTO person(name, age) VALUES (:name, :age)"_s);
    // Bound out of order: the names, not the order, decide.
    query.bindValue(u":age"_s, 36);
    query.bindValue(u":name"_s, u"Ada"_s);
    EXEC_PREPARED(query);
    query.bindValue(u":name"_s, u"Grace"_s);
    query.bindValue(u":age"_s, 85);
    EXEC_PREPARED(query);

    PREPARE(query, u"SELECT name FROM person WHERE age > :age AND age < :age + 40 ORDER BY name"_s);
    query.bindValue(u":age"_s, 30);
    EXEC_PREPARED(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    QCOMPARE(names, (QStringList {u"Ada"_s}));
    QCOMPARE(query.boundValue(u":age"_s), QVariant(30));
}

void TestSqlCipherDriver::bindsPositionalPlaceholders()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    EXEC_SQL(query, u"CREATE TABLE pair(a INTEGER, b TEXT)"_s);
    PREPARE(query, u"INSERT INTO pair(a, b) VALUES (?, ?)"_s);
    query.addBindValue(1);
    query.addBindValue(u"one"_s);
    EXEC_PREPARED(query);
    query.bindValue(1, u"two"_s);
    query.bindValue(0, 2);
    EXEC_PREPARED(query);
    QCOMPARE(selectColumn(connection.database(), u"SELECT a || '=' || b FROM pair ORDER BY a"_s),
             (QStringList {u"1=one"_s, u"2=two"_s}));
}

void TestSqlCipherDriver::rebindsPositionalValuesInPlace()
{
    // Positional binds go straight into the result's values, and each text parameter has one
    // UTF-8 buffer reused row after row: every run must see exactly what was bound for it,
    // whether the new text is longer or shorter than the last.
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    EXEC_SQL(query, u"CREATE TABLE pair(a TEXT, b TEXT)"_s);
    PREPARE(query, u"INSERT INTO pair(a, b) VALUES (?, ?)"_s);
    const QStringList texts {u"a much longer first value, with ü and 東京都"_s, u"x"_s, u""_s,
                             u"👋 at both ends 👋"_s, u"Zoë"_s};
    QStringList expected;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &second = texts.at((i + 1) % texts.size());
        query.bindValue(1, second);
        query.bindValue(0, texts.at(i));
        QCOMPARE(query.boundValue(0), QVariant(texts.at(i)));
        QCOMPARE(query.boundValues(), (QVariantList {texts.at(i), second}));
        EXEC_PREPARED(query);
        expected << texts.at(i) + u'|' + second;
    }
    QCOMPARE(
        selectColumn(connection.database(), u"SELECT a || '|' || b FROM pair ORDER BY rowid"_s),
        expected);
    QCOMPARE(selectColumn(connection.database(), u"SELECT count(*) FROM pair WHERE a = ''"_s),
             QStringList {u"1"_s});

    // A new statement starts with no values: the last statement's do not fill its parameter.
    PREPARE(query, u"INSERT INTO pair(a) VALUES (?)"_s);
    QVERIFY(query.boundValues().isEmpty());
    QVERIFY(!query.exec());
    query.addBindValue(u"alone"_s);
    EXEC_PREPARED(query);
    QCOMPARE(selectColumn(connection.database(), u"SELECT count(*) FROM pair WHERE b IS NULL"_s),
             QStringList {u"1"_s});
}

void TestSqlCipherDriver::keepsBoundTextWhileStepping()
{
    // Text is bound without a copy on SQLite's side, so the driver's buffers must stay put for
    // as long as the statement is read, and again after it is run with other values.
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    PREPARE(query, u"INSERT INTO item(value) VALUES (?)"_s);
    QVariantList values;
    for (int i = 0; i < 500; ++i)
        values << u"v%1"_s.arg(i, 3, 10, QLatin1Char('0'));
    query.addBindValue(values);
    QVERIFY2(query.execBatch(), qPrintable(query.lastError().text()));

    QSqlQuery select(connection.database());
    select.setForwardOnly(true);
    PREPARE(select, u"SELECT value FROM item WHERE value >= ? AND value < ? ORDER BY value"_s);
    const QList<std::pair<QString, QString>> ranges {
        {u"v100"_s, u"v400"_s}, {u"v0"_s, u"v01"_s}, {u"v250"_s, u"v499 and beyond"_s}};
    for (const auto &[from, to] : ranges) {
        select.addBindValue(from);
        select.addBindValue(to);
        EXEC_PREPARED(select);
        QStringList found;
        while (select.next())
            found << select.value(0).toString();
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.constFirst(), from.size() == 4 ? from : u"v000"_s);
        QVERIFY2(std::all_of(found.cbegin(), found.cend(),
                             [&](const QString &value) { return value >= from && value < to; }),
                 qPrintable(from));
        QCOMPARE(found.size(), from == u"v100"_s ? 300 : from == u"v0"_s ? 10 : 250);
    }
}

void TestSqlCipherDriver::rejectsParameterCountMismatch()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    // exec(sql) binds nothing: a placeholder must not silently become NULL.
    QVERIFY(!query.exec(u"INSERT INTO item(value) VALUES (?)"_s));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QCOMPARE(selectColumn(connection.database(), u"SELECT count(*) FROM item"_s),
             QStringList {u"0"_s});
}

void TestSqlCipherDriver::reportsLastInsertIdAndRowsAffected()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    PREPARE(query, u"INSERT INTO item(value) VALUES (?)"_s);
    for (int i = 1; i <= 3; ++i) {
        query.addBindValue(i * 10);
        EXEC_PREPARED(query);
        QCOMPARE(query.lastInsertId(), QVariant(qlonglong(i)));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    EXEC_SQL(query, u"INSERT INTO item(k, value) VALUES (100, 'x')"_s);
    QCOMPARE(query.lastInsertId(), QVariant(qlonglong(100)));

    EXEC_SQL(query, u"UPDATE item SET value = value + 1 WHERE k <= 2"_s);
    QCOMPARE(query.numRowsAffected(), 2);
    QVERIFY(!query.lastInsertId().isValid());
    EXEC_SQL(query, u"DELETE FROM item WHERE k = 999"_s);
    QCOMPARE(query.numRowsAffected(), 0);
    EXEC_SQL(query, u"CREATE TABLE other(x)"_s);
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(!query.lastInsertId().isValid());
    EXEC_SQL(query, u"DELETE FROM item"_s);
    QCOMPARE(query.numRowsAffected(), 4);
}

void TestSqlCipherDriver::executesBatches()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    EXEC_SQL(query, u"CREATE TABLE batch (n INTEGER, label TEXT, data BLOB)"_s);
    QVariantList numbers, labels, blobs;
    for (int i = 0; i < 1000; ++i) {
        numbers << qint64(i) * 1'000'000'000'000LL;
        labels << (i % 10 == 0 ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(u"Zoë %1"_s.arg(i)));
        blobs << QByteArray(i % 7, char(i));
    }
    QVERIFY(query.prepare(u"INSERT INTO batch (n, label, data) VALUES (?, ?, ?)"_s));
    query.addBindValue(numbers);
    query.addBindValue(labels);
    query.addBindValue(blobs);
    QVERIFY2(query.execBatch(), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), 1000);
    QCOMPARE(selectColumn(db, u"SELECT count(*) FROM batch WHERE label IS NULL"_s),
             QStringList {u"100"_s});
    QCOMPARE(selectColumn(db, u"SELECT label FROM batch WHERE n = 999000000000000"_s),
             QStringList {u"Zoë 999"_s});
    QCOMPARE(selectColumn(db, u"SELECT length(data) FROM batch WHERE n = 6000000000000"_s),
             QStringList {u"6"_s});
}

void TestSqlCipherDriver::refusesMalformedBatches()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    EXEC_SQL(query, u"CREATE TABLE batch (a INTEGER, b INTEGER)"_s);
    QVERIFY(query.prepare(u"INSERT INTO batch (a, b) VALUES (?, ?)"_s));
    query.addBindValue(QVariantList {1, 2, 3});
    query.addBindValue(QVariantList {1, 2});
    QVERIFY(!query.execBatch());
    QCOMPARE(selectColumn(db, u"SELECT count(*) FROM batch"_s), QStringList {u"0"_s});
}

void TestSqlCipherDriver::commitsTransaction()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    {
        Connection connection(storePath(), &key);
        QVERIFY(connection.opened());
        QSqlDatabase db = connection.database();
        QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        EXEC_SQL(query, u"INSERT INTO item(value) VALUES ('kept')"_s);
        QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
    }
    Connection reopened(storePath(), &key);
    QVERIFY(reopened.opened());
    QCOMPARE(selectColumn(reopened.database(), u"SELECT value FROM item"_s),
             QStringList {u"kept"_s});
}

void TestSqlCipherDriver::rollsBackTransaction()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    EXEC_SQL(query, u"INSERT INTO item(value) VALUES ('before')"_s);
    QVERIFY(db.transaction());
    EXEC_SQL(query, u"INSERT INTO item(value) VALUES ('rolled back')"_s);
    QVERIFY2(db.rollback(), qPrintable(db.lastError().text()));
    QCOMPARE(selectColumn(db, u"SELECT value FROM item"_s), QStringList {u"before"_s});
    // Without a transaction, COMMIT is a TransactionError.
    QVERIFY(!db.commit());
    QCOMPARE(db.lastError().type(), QSqlError::TransactionError);
}

void TestSqlCipherDriver::beginImmediateHoldsOffOtherWriters()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection writer(storePath(), &key);
    Connection other(storePath(), &key, u"QSQLCIPHER_BUSY_TIMEOUT=0"_s);
    QVERIFY(writer.opened());
    QVERIFY2(other.opened(), qPrintable(other.errorText()));

    QVERIFY(writer.database().transaction());
    QSqlQuery blocked(other.database());
    QVERIFY(!blocked.exec(u"INSERT INTO item(value) VALUES ('other')"_s));
    QCOMPARE(blocked.lastError().type(), QSqlError::StatementError);
    QCOMPARE(blocked.lastError().nativeErrorCode(), u"5"_s);
    QVERIFY(!other.database().transaction());
    QCOMPARE(other.database().lastError().type(), QSqlError::TransactionError);
    QCOMPARE(other.database().lastError().nativeErrorCode(), u"5"_s);

    QVERIFY(writer.database().commit());
    EXEC_SQL(blocked, u"INSERT INTO item(value) VALUES ('other')"_s);
}

void TestSqlCipherDriver::mapsSyntaxError()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    QVERIFY(!query.exec(u"SELEC 1"_s));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QCOMPARE(query.lastError().nativeErrorCode(), u"1"_s);
    QVERIFY(query.lastError().databaseText().contains(u"syntax error"_s));
    QVERIFY(!query.prepare(u"SELECT FROM WHERE"_s));
    QCOMPARE(query.lastError().nativeErrorCode(), u"1"_s);
}

void TestSqlCipherDriver::mapsConstraintViolationWithoutValues()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    EXEC_SQL(query, u"CREATE TABLE account(email TEXT NOT NULL UNIQUE)"_s);
    const QString secret = u"secret-value-4711@example.test"_s;
    PREPARE(query, u"INSERT INTO account(email) VALUES (?)"_s);
    query.addBindValue(secret);
    EXEC_PREPARED(query);
    query.addBindValue(secret);
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QCOMPARE(query.lastError().nativeErrorCode(), u"19"_s);
    QVERIFY(!query.lastError().text().contains(secret));
    QVERIFY(!query.lastError().text().contains(u"4711"_s));

    query.addBindValue(QVariant());
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().nativeErrorCode(), u"19"_s);
}

void TestSqlCipherDriver::refusesSeveralStatements()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    QVERIFY(!query.exec(u"CREATE TABLE a(x); DROP TABLE a"_s));
    QVERIFY2(query.lastError().text().contains(u"one statement"_s),
             qPrintable(query.lastError().text()));
    QCOMPARE(connection.database().tables(), QStringList());
    // A trailing semicolon, blanks or comment is still one statement.
    EXEC_SQL(query, u"SELECT 1;  \n -- done\n"_s);
    QVERIFY(query.next());
    QCOMPARE(query.value(0), QVariant(qlonglong(1)));
}

void TestSqlCipherDriver::listsTablesRecordsAndPrimaryIndex()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    EXEC_SQL(query,
             u"CREATE TABLE person(id INTEGER PRIMARY KEY AUTOINCREMENT, "
             "name VARCHAR(40) NOT NULL DEFAULT 'nobody', photo BLOB, score DOUBLE, "
             "born DATE, \"odd \"\"name\"\"\" BIGINT)"_s);
    EXEC_SQL(query,
             u"CREATE TABLE membership(team TEXT, member TEXT, since TEXT, "
             "PRIMARY KEY (member, team))"_s);
    EXEC_SQL(query, u"CREATE VIEW adult AS SELECT name FROM person"_s);
    EXEC_SQL(query, u"INSERT INTO person(name) VALUES ('x')"_s);

    QCOMPARE(db.tables(QSql::Tables), (QStringList {u"membership"_s, u"person"_s}));
    QCOMPARE(db.tables(QSql::Views), QStringList {u"adult"_s});
    const QStringList system = db.tables(QSql::SystemTables);
    QVERIFY(system.contains(u"sqlite_master"_s));
    QVERIFY(system.contains(u"sqlite_sequence"_s));
    QCOMPARE(db.tables(QSql::AllTables).size(), 3 + system.size());

    const QSqlRecord person = db.record(u"person"_s);
    QCOMPARE(person.count(), 6);
    QCOMPARE(person.fieldName(0), u"id"_s);
    QCOMPARE(person.field(0).metaType(), QMetaType::fromType<qlonglong>());
    QVERIFY(person.field(0).isAutoValue());
    QCOMPARE(person.field(1).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(person.field(1).requiredStatus(), QSqlField::Required);
    QCOMPARE(person.field(1).defaultValue(), QVariant(u"'nobody'"_s));
    QCOMPARE(person.field(2).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(person.field(2).requiredStatus(), QSqlField::Optional);
    QCOMPARE(person.field(3).metaType(), QMetaType::fromType<double>());
    QCOMPARE(person.field(4).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(person.fieldName(5), u"odd \"name\""_s);
    QCOMPARE(person.field(5).metaType(), QMetaType::fromType<qlonglong>());
    QVERIFY(db.record(u"missing"_s).isEmpty());

    const QSqlIndex personKey = db.primaryIndex(u"person"_s);
    QCOMPARE(personKey.count(), 1);
    QCOMPARE(personKey.fieldName(0), u"id"_s);
    const QSqlIndex membershipKey = db.primaryIndex(u"membership"_s);
    QCOMPARE(membershipKey.count(), 2);
    QCOMPARE(membershipKey.fieldName(0), u"member"_s);
    QCOMPARE(membershipKey.fieldName(1), u"team"_s);
    QVERIFY(!db.record(u"membership"_s).field(0).isAutoValue());
}

void TestSqlCipherDriver::recordIsAvailableBeforeFetching()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    EXEC_SQL(query, u"CREATE TABLE note(id INTEGER, body TEXT, data BLOB, weight REAL)"_s);
    EXEC_SQL(query, u"INSERT INTO note VALUES (1, NULL, NULL, NULL)"_s);
    PREPARE(query, u"SELECT id, body, data, weight, 1 + 1 AS two FROM note"_s);
    QCOMPARE(query.record().count(), 5);
    EXEC_PREPARED(query);
    QVERIFY(query.isSelect());
    QCOMPARE(query.size(), -1);
    const QSqlRecord record = query.record();
    QCOMPARE(record.fieldName(1), u"body"_s);
    QCOMPARE(record.field(0).metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(record.field(1).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(record.field(2).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(record.field(3).metaType(), QMetaType::fromType<double>());
    QCOMPARE(record.fieldName(4), u"two"_s);

    QVERIFY(query.next());
    // A NULL keeps the declared type of its column.
    QVERIFY(query.isNull(1));
    QCOMPARE(query.value(1).metaType(), QMetaType::fromType<QString>());
    QVERIFY(query.value(1).isNull());
    QCOMPARE(query.value(2).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(query.value(3).metaType(), QMetaType::fromType<double>());
    QCOMPARE(query.value(4), QVariant(qlonglong(2)));
}

void TestSqlCipherDriver::navigatesBackwardsAndRandomly()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    EXEC_SQL(query,
             u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
             "WHERE i < 9) INSERT INTO item(value) SELECT i FROM n"_s);
    QCOMPARE(query.numRowsAffected(), 10);
    EXEC_SQL(query, u"SELECT value FROM item ORDER BY value"_s);
    QCOMPARE(query.at(), int(QSql::BeforeFirstRow));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.last());
    QCOMPARE(query.at(), 9);
    QCOMPARE(query.value(0).toInt(), 9);
    QVERIFY(!query.next());
    QCOMPARE(query.at(), int(QSql::AfterLastRow));
    QVERIFY(query.first());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.seek(5));
    QCOMPARE(query.value(0).toInt(), 5);
    QVERIFY(query.previous());
    QCOMPARE(query.at(), 4);
    QCOMPARE(query.value(0).toInt(), 4);
    QVERIFY(query.seek(2));
    QCOMPARE(query.value(0).toInt(), 2);
    QVERIFY(query.seek(3, true));
    QCOMPARE(query.value(0).toInt(), 5);
    QVERIFY(!query.seek(20));
    QVERIFY(query.seek(7));
    QCOMPARE(query.value(0).toInt(), 7);

    EXEC_SQL(query, u"SELECT value FROM item WHERE value > 100"_s);
    QVERIFY(query.isSelect());
    QVERIFY(!query.next());
    QVERIFY(!query.first());
    QVERIFY(!query.last());
}

void TestSqlCipherDriver::navigatesForwardOnly()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    for (int i = 0; i < 5; ++i)
        EXEC_SQL(query, u"INSERT INTO item(value) VALUES (%1)"_s.arg(i));
    query.setForwardOnly(true);
    EXEC_SQL(query, u"SELECT value FROM item ORDER BY value"_s);
    QVERIFY(query.isForwardOnly());
    QList<int> seen;
    while (query.next())
        seen.append(query.value(0).toInt());
    QCOMPARE(seen, (QList<int> {0, 1, 2, 3, 4}));

    EXEC_SQL(query, u"SELECT value FROM item ORDER BY value"_s);
    QVERIFY(query.next());
    QVERIFY(query.seek(3));
    QCOMPARE(query.value(0).toInt(), 3);
    QVERIFY(query.last());
    QCOMPARE(query.value(0).toInt(), 4);
}

void TestSqlCipherDriver::finishReleasesReadLock()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection reader(storePath(), &key);
    Connection writer(storePath(), &key, u"QSQLCIPHER_BUSY_TIMEOUT=0"_s);
    QVERIFY(reader.opened());
    QVERIFY(writer.opened());
    QSqlQuery write(writer.database());
    EXEC_SQL(write, u"INSERT INTO item(value) VALUES (1), (2)"_s);

    QSqlQuery read(reader.database());
    EXEC_SQL(read, u"SELECT value FROM item"_s);
    QVERIFY(read.next());
    // A statement in the middle of its rows holds a read lock (rollback journal)...
    QVERIFY(!write.exec(u"INSERT INTO item(value) VALUES (3)"_s));
    QCOMPARE(write.lastError().nativeErrorCode(), u"5"_s);
    // ...which finish() gives back.
    read.finish();
    QVERIFY(!read.isActive());
    EXEC_SQL(write, u"INSERT INTO item(value) VALUES (3)"_s);
}

void TestSqlCipherDriver::closeFinalizesLiveQueries()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery live(connection.database());
    EXEC_SQL(live, u"INSERT INTO item(value) VALUES (1), (2)"_s);
    EXEC_SQL(live, u"SELECT value FROM item"_s);
    QVERIFY(live.next());
    QSqlQuery prepared(connection.database());
    PREPARE(prepared, u"SELECT count(*) FROM item"_s);
    QVERIFY(prepared.result()->handle().value<void *>() != nullptr);

    connection.database().close();
    QVERIFY(!connection.database().isOpen());
    QCOMPARE(connection.driver()->connectionHandle(), nullptr);
    QVERIFY(!live.isActive());
    QCOMPARE(prepared.result()->handle().value<void *>(), nullptr);
    QVERIFY(!prepared.exec());
    QVERIFY(!live.next());
}

void TestSqlCipherDriver::escapesIdentifiers()
{
    SqlCipherDriver driver;
    QCOMPARE(driver.escapeIdentifier(u"plain"_s, QSqlDriver::TableName), u"\"plain\""_s);
    QCOMPARE(driver.escapeIdentifier(u"with \"quote\""_s, QSqlDriver::FieldName),
             u"\"with \"\"quote\"\"\""_s);
    QCOMPARE(driver.escapeIdentifier(u"\"already\""_s, QSqlDriver::FieldName), u"\"already\""_s);
}

void TestSqlCipherDriver::writesOnlyEncryptedBytes()
{
    const SecretBytes key = randomKey();
    const QByteArray canary = "plain-text-canary-0123456789";
    for (const QString &name : {u"a.db"_s, u"b.db"_s}) {
        Connection connection(storePath(name), &key);
        QVERIFY(connection.opened());
        QSqlQuery query(connection.database());
        EXEC_SQL(query, u"CREATE TABLE secret_table_name(value TEXT)"_s);
        PREPARE(query, u"INSERT INTO secret_table_name(value) VALUES (?)"_s);
        query.addBindValue(QString::fromLatin1(canary));
        EXEC_PREPARED(query);
    }

    QFile a(storePath(u"a.db"_s));
    QFile b(storePath(u"b.db"_s));
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QByteArray contents = a.readAll();
    const QByteArray headerB = b.read(16);
    QVERIFY(contents.size() >= 4096);
    QVERIFY(!contents.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    // The first 16 bytes are SQLCipher's random salt, different for every file.
    QVERIFY(contents.left(16) != headerB);
    QVERIFY(!contents.contains(canary));
    QVERIFY(!contents.contains("secret_table_name"));

    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        QFAIL("the sqlite3 command-line tool is not on PATH: install the Debian package sqlite3");
    QProcess process;
    process.start(sqlite3, {a.fileName(), u"SELECT count(*) FROM sqlite_master;"_s});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(process.exitCode() != 0 || errors.contains("file is not a database")
                 || errors.contains("file is encrypted"),
             errors.constData());
}

void TestSqlCipherDriver::rejectsWrongKey()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    const SecretBytes wrongKey = randomKey();
    Connection connection(storePath(), &wrongKey);
    QVERIFY(!connection.opened());
    const QSqlError error = connection.lastError();
    QCOMPARE(error.type(), QSqlError::ConnectionError);
    QCOMPARE(error.nativeErrorCode(), u"26"_s);
    QVERIFY(!error.databaseText().isEmpty());
    for (const SecretBytes *secret : {&key, &wrongKey}) {
        const SecretBytes hex = secret->toHex();
        QVERIFY(!error.text().contains(QLatin1StringView(hex.constData(), hex.size()),
                                       Qt::CaseInsensitive));
    }
    QVERIFY(!connection.database().isOpen());
    QCOMPARE(connection.driver()->connectionHandle(), nullptr);
}

void TestSqlCipherDriver::refusesToOpenWithoutKey()
{
    {
        Connection connection(storePath(), nullptr);
        QVERIFY(!connection.opened());
        QCOMPARE(connection.lastError().type(), QSqlError::ConnectionError);
        QVERIFY(connection.errorText().contains(u"key"_s));
    }
    const SecretBytes shortKey = SecretBytes::copyOf("too short");
    Connection connection(storePath(), &shortKey);
    QVERIFY(!connection.opened());
    QCOMPARE(connection.lastError().type(), QSqlError::ConnectionError);
    QVERIFY(!QFile::exists(storePath()));
}

void TestSqlCipherDriver::forgetsKeyAfterOpen()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlDatabase db = connection.database();
    db.close();
    QVERIFY(!db.open());
    QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    connection.driver()->setRawKey(key);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
}

void TestSqlCipherDriver::readOnlyOptionRefusesWrites()
{
    const SecretBytes key = randomKey();
    QVERIFY(createItemStore(key));
    Connection connection(storePath(), &key, u"QSQLCIPHER_OPEN_READONLY"_s);
    QVERIFY2(connection.opened(), qPrintable(connection.errorText()));
    QCOMPARE(selectColumn(connection.database(), u"SELECT count(*) FROM item"_s),
             QStringList {u"0"_s});
    QSqlQuery query(connection.database());
    QVERIFY(!query.exec(u"INSERT INTO item(value) VALUES (1)"_s));
    QCOMPARE(query.lastError().nativeErrorCode(), u"8"_s);
}

void TestSqlCipherDriver::noCreateOptionFailsOnMissingFile()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key,
                          u" QSQLCIPHER_NO_CREATE ; QSQLCIPHER_BUSY_TIMEOUT=100"_s);
    QVERIFY(!connection.opened());
    QCOMPARE(connection.lastError().type(), QSqlError::ConnectionError);
    QCOMPARE(connection.lastError().nativeErrorCode(), u"14"_s);
    QVERIFY(!QFile::exists(storePath()));
}

void TestSqlCipherDriver::rejectsUnknownOption()
{
    const SecretBytes key = randomKey();
    {
        Connection connection(storePath(), &key, u"QSQLCIPHER_NO_CRATE"_s);
        QVERIFY(!connection.opened());
        QCOMPARE(connection.lastError().type(), QSqlError::ConnectionError);
    }
    Connection connection(storePath(), &key, u"QSQLCIPHER_BUSY_TIMEOUT=soon"_s);
    QVERIFY(!connection.opened());
    QVERIFY(!QFile::exists(storePath()));
}

void TestSqlCipherDriver::reportsCipherVersionAndPageSize()
{
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    const QStringList version = selectColumn(connection.database(), u"PRAGMA cipher_version"_s);
    QCOMPARE(version.size(), 1);
    QVERIFY(!version.first().isEmpty());
    QCOMPARE(selectColumn(connection.database(), u"PRAGMA cipher_page_size"_s),
             QStringList {u"4096"_s});
    QVERIFY(connection.driver()->handle().value<void *>() != nullptr);
}

void TestSqlCipherDriver::neverMapsStockSqlite()
{
#ifdef Q_OS_LINUX
    const SecretBytes key = randomKey();
    Connection connection(storePath(), &key);
    QVERIFY(connection.opened());
    QSqlQuery query(connection.database());
    EXEC_SQL(query, u"CREATE TABLE t(x)"_s);

    QFile maps(u"/proc/self/maps"_s);
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY(mapped.contains("libsqlcipher"));
    QVERIFY2(!mapped.contains("libqsqlite"), "the stock QSQLITE plugin is loaded");
    QVERIFY2(!mapped.contains("libsqlite3.so"), "a plain libsqlite3 is loaded");
#else
    QSKIP("reads /proc/self/maps, Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "TestSqlCipherDriver.moc"
