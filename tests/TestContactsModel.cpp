// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ContactsModel: rows in name order with their ids, and a model Qt's views can trust.
#include "ui/ContactsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ClientDesk;

class TestContactsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsContactsInNameOrder();
    void replacingTheContactsResetsTheModel();
};

namespace {
Contact contact(const QString &id, const QString &name, const QString &role = {})
{
    Contact contact;
    contact.id = id;
    contact.clientId = QStringLiteral("client-1");
    contact.name = name;
    contact.role = role;
    contact.email = name.section(u' ', 0, 0).toLower() + QStringLiteral("@example.com");
    contact.phone = QStringLiteral("+49 30 1");
    return contact;
}
} // namespace

void TestContactsModel::showsContactsInNameOrder()
{
    ContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setContacts({contact(QStringLiteral("c2"), QStringLiteral("Yara Lind")),
                       contact(QStringLiteral("c1"), QStringLiteral("Mia Berg"),
                               QStringLiteral("Marketing lead"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ContactsModel::ColumnCount));
    QCOMPARE(model.index(0, ContactsModel::Name).data().toString(), QStringLiteral("Mia Berg"));
    QCOMPARE(model.index(0, ContactsModel::Role).data().toString(),
             QStringLiteral("Marketing lead"));
    QCOMPARE(model.index(0, ContactsModel::Email).data().toString(),
             QStringLiteral("mia@example.com"));
    QCOMPARE(model.index(0, ContactsModel::Phone).data().toString(), QStringLiteral("+49 30 1"));
    QCOMPARE(model.index(1, ContactsModel::Name).data(ContactsModel::IdRole).toString(),
             QStringLiteral("c2"));
    QCOMPARE(model.contactAt(1).name, QStringLiteral("Yara Lind"));
    QCOMPARE(model.headerData(ContactsModel::Email, Qt::Horizontal).toString(),
             QStringLiteral("Email"));
}

void TestContactsModel::replacingTheContactsResetsTheModel()
{
    ContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContacts({contact(QStringLiteral("c1"), QStringLiteral("Mia Berg"))});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setContacts({});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(TestContactsModel)
#include "TestContactsModel.moc"
