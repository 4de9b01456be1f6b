// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Email… on an invoice: the message's address (the client's, else the first contact's),
// subject and body; the attachment, a PDF only its owner may read, gone after a day; the
// editor handing it to a mail composer, and saving the PDF where the person says when no mail
// program can be asked; PortalMailComposer against a fake desktop portal on a private session
// bus (run through tests/support/with-keyring), which must receive a readable PDF descriptor.
#include "models/store/AgencyProfileRepository.h"
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/TempWorkspace.h"
#include "ui/InvoiceEditor.h"
#include "ui/InvoiceMail.h"
#include "ui/PortalMailComposer.h"
#include "ui/Session.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
// Takes the message and answers as the test says, when the test says.
class FakeMailComposer : public MailComposer
{
public:
    using MailComposer::MailComposer;

    QList<Message> composed;

    void compose(const Message &message) override { composed.append(message); }
    void answer(Outcome outcome) { Q_EMIT finished(outcome); }
};

class ScriptedInvoiceEditor : public InvoiceEditor
{
public:
    using InvoiceEditor::InvoiceEditor;

    QString pdfPath;
    QString suggestedPdfName;
    int pdfPathAsked = 0;

protected:
    QString askPdfPath(const QString &suggestedName) override
    {
        ++pdfPathAsked;
        suggestedPdfName = suggestedName;
        return pdfPath;
    }
};

// org.freedesktop.portal.Email as the desktop portal offers it, recording each call.
class FakeEmailPortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Email")

public:
    QString parentWindow;
    QVariantMap options;
    QList<QDBusUnixFileDescriptor> attachments;
    QString errorToReply;
    int calls = 0;

public Q_SLOTS:
    QDBusObjectPath ComposeEmail(const QString &parent, const QVariantMap &composeOptions)
    {
        ++calls;
        parentWindow = parent;
        options = composeOptions;
        const auto fds =
            composeOptions.value(QStringLiteral("attachment_fds")).value<QDBusArgument>();
        fds >> attachments;
        if (!errorToReply.isEmpty()) {
            sendErrorReply(errorToReply, QStringLiteral("refused by the test"));
            return {};
        }
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/portal/desktop/request/1_1/t"));
    }
};

const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString ClientEmail = QStringLiteral("billing@atelier-nord.test");
} // namespace

class TestInvoiceMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void messageOfAnInvoice();
    void addressFallsBackToTheFirstContactWithOne();
    void noAddressAtAll();
    void messageOfACreditNote();
    void attachmentIsAPdfOnlyTheOwnerReads();
    void attachmentsExpireAfterADay();
    void emailEnabledForIssuedAndPaidOnly();
    void emailHandsTheMessageToTheComposer();
    void noMailProgramSavesThePdfWhereAsked();
    void noMailProgramAndNoPathSaysWhatToDo();
    void refusedMessageAlsoSavesThePdf();
    void keyboardPathAndAccessibleNames();
    void portalReceivesTheMessageAndAReadablePdf();
    void portalErrorIsRefused();
    void noPortalIsUnavailable();

private:
    QString createClient(const QString &email);
    void addContact(const QString &clientId, const QString &name, const QString &email);
    // A draft with one line for the client, issued on 15 January 2026, due 14 days later.
    Invoice issuedInvoice(const QString &clientId);
    InvoiceMail mailFor(const Invoice &invoice);
    QPushButton *emailButton() const;
    QLabel *mailNote() const;
    QString writeSamplePdf();

    QTemporaryDir m_cache;
    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ScriptedInvoiceEditor> m_editor;
    std::unique_ptr<FakeMailComposer> m_composer;
    QString m_clientId;
};

void TestInvoiceMail::initTestCase()
{
    QVERIFY(m_cache.isValid());
    // Attachments go to the cache folder: this test's own, never the person's.
    qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    qDBusRegisterMetaType<QList<QDBusUnixFileDescriptor>>();
}

void TestInvoiceMail::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    profile.address = QStringLiteral("Hafenstraße 1, 20457 Hamburg");
    profile.paymentTermsDays = 14;
    QVERIFY(AgencyProfileRepository(m_workspace->store(), m_workspace->id()).save(profile));
    m_session = std::make_unique<Session>(*m_workspace, m_temp->clock());
    m_clientId = createClient(ClientEmail);
    m_composer = std::make_unique<FakeMailComposer>();
    m_editor = std::make_unique<ScriptedInvoiceEditor>(*m_session);
    m_editor->setMailComposer(m_composer.get());
    m_editor->resize(1100, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestInvoiceMail::cleanup()
{
    m_editor.reset();
    m_composer.reset();
    m_session.reset();
    m_workspace.reset();
    m_temp.reset();
    QDir(InvoiceMail::outgoingFolder()).removeRecursively();
}

QString TestInvoiceMail::createClient(const QString &email)
{
    Client client;
    client.name = QStringLiteral("Atelier Nord");
    client.billingAddress = QStringLiteral("Rue de la Paix 3, Paris");
    client.email = email;
    auto created = ClientRepository(m_workspace->store()).create(client);
    if (!created)
        qWarning("the client could not be created");
    return created ? created->id : QString();
}

void TestInvoiceMail::addContact(const QString &clientId, const QString &name, const QString &email)
{
    Contact contact;
    contact.clientId = clientId;
    contact.name = name;
    contact.email = email;
    QVERIFY(ClientRepository(m_workspace->store()).addContact(contact));
}

Invoice TestInvoiceMail::issuedInvoice(const QString &clientId)
{
    InvoiceRepository invoices(m_workspace->store(), m_session->invoiceSeries());
    Invoice draft;
    draft.clientId = clientId;
    draft.currency = QStringLiteral("EUR");
    InvoiceLine line;
    line.description = QStringLiteral("Logo design");
    line.quantityMilli = 1000;
    line.unitPriceMinor = 120000;
    draft.lines = {line};
    auto created = invoices.createDraft(draft);
    if (!created)
        return {};
    auto issued = invoices.issue(created->id, QDate(2026, 1, 15));
    return issued ? *issued : Invoice();
}

InvoiceMail TestInvoiceMail::mailFor(const Invoice &invoice)
{
    auto mail = InvoiceMail::load(m_workspace->store(), invoice);
    if (!mail)
        qFatal("the mail could not be loaded");
    return *mail;
}

QPushButton *TestInvoiceMail::emailButton() const
{
    const auto buttons = m_editor->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == QLatin1String("Email"))
            return button;
    }
    return nullptr;
}

QLabel *TestInvoiceMail::mailNote() const
{
    const auto labels = m_editor->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleName() == QLatin1String("Email note"))
            return label;
    }
    return nullptr;
}

QString TestInvoiceMail::writeSamplePdf()
{
    const Invoice invoice = issuedInvoice(m_clientId);
    auto written = mailFor(invoice).writeAttachment(m_temp->root() + QStringLiteral("/outgoing"),
                                                    m_temp->clock());
    return written ? *written : QString();
}

void TestInvoiceMail::messageOfAnInvoice()
{
    const Invoice invoice = issuedInvoice(m_clientId);
    QVERIFY(!invoice.number.isEmpty());
    const InvoiceMail mail = mailFor(invoice);
    QCOMPARE(mail.address(), ClientEmail);
    QCOMPARE(mail.subject(),
             QStringLiteral("Invoice %1 from Nordlicht Studio GmbH").arg(invoice.number));
    QCOMPARE(mail.body(),
             QStringLiteral("Hello,\n\nPlease find attached our invoice %1, due on 29.01.2026.\n\n"
                            "Kind regards,\nNordlicht Studio GmbH")
                 .arg(invoice.number));
    const MailComposer::Message message = mail.message(QStringLiteral("/tmp/x.pdf"));
    QCOMPARE(message.addresses, QStringList {ClientEmail});
    QCOMPARE(message.subject, mail.subject());
    QCOMPARE(message.body, mail.body());
    QCOMPARE(message.attachmentPath, QStringLiteral("/tmp/x.pdf"));
}

void TestInvoiceMail::addressFallsBackToTheFirstContactWithOne()
{
    const QString clientId = createClient(QStringLiteral("  "));
    addContact(clientId, QStringLiteral("Zoé Martin"), QStringLiteral("zoe@atelier-nord.test"));
    addContact(clientId, QStringLiteral("Anna Roux"), QString());
    addContact(clientId, QStringLiteral("Bruno Petit"), QStringLiteral("bruno@atelier-nord.test"));
    const InvoiceMail mail = mailFor(issuedInvoice(clientId));
    QCOMPARE(mail.address(), QStringLiteral("bruno@atelier-nord.test"));
    QCOMPARE(mail.message({}).addresses, QStringList {QStringLiteral("bruno@atelier-nord.test")});
}

void TestInvoiceMail::noAddressAtAll()
{
    const QString clientId = createClient(QString());
    addContact(clientId, QStringLiteral("Anna Roux"), QString());
    const InvoiceMail mail = mailFor(issuedInvoice(clientId));
    QVERIFY(mail.address().isEmpty());
    QVERIFY(mail.message({}).addresses.isEmpty());
}

void TestInvoiceMail::messageOfACreditNote()
{
    const Invoice invoice = issuedInvoice(m_clientId);
    InvoiceRepository invoices(m_workspace->store(), m_session->invoiceSeries());
    auto note = invoices.createCreditNote(invoice.id);
    QVERIFY(note);
    auto issuedNote = invoices.issue(note->id, QDate(2026, 1, 20));
    QVERIFY2(issuedNote, issuedNote ? "" : qPrintable(issuedNote.error().message()));
    const InvoiceMail mail = mailFor(*issuedNote);
    QCOMPARE(mail.subject(),
             QStringLiteral("Credit note %1 from Nordlicht Studio GmbH").arg(issuedNote->number));
    QVERIFY2(mail.body().contains(QStringLiteral("Please find attached our credit note %1, which "
                                                 "corrects invoice %2.")
                                      .arg(issuedNote->number, invoice.number)),
             qPrintable(mail.body()));
    QCOMPARE(mail.address(), ClientEmail);
}

void TestInvoiceMail::attachmentIsAPdfOnlyTheOwnerReads()
{
    const QString path = writeSamplePdf();
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArrayLiteral("%PDF-"));
    QVERIFY(QFileInfo(path).fileName().startsWith(QLatin1String("Invoice ")));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(file.permissions() & (others | QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner),
             QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFile::permissions(QFileInfo(path).absolutePath()) & others, QFile::Permissions());
}

void TestInvoiceMail::attachmentsExpireAfterADay()
{
    const QString folder = m_temp->root() + QStringLiteral("/outgoing");
    const QString first = writeSamplePdf();
    QVERIFY(QFile::exists(first));
    m_temp->clock().advance(23 * 60 * 60 * 1000);
    const QString second = writeSamplePdf();
    QVERIFY(second != first);
    QVERIFY2(QFile::exists(first), "an attachment less than a day old stays for the mail program");
    m_temp->clock().advance(2 * 60 * 60 * 1000);
    const QString third = writeSamplePdf();
    QVERIFY2(!QFile::exists(first), "an attachment older than a day is removed");
    QVERIFY(QFile::exists(second));
    QVERIFY(QFile::exists(third));
    m_temp->clock().advanceDays(2);
    InvoiceMail::removeExpired(folder, m_temp->clock().now());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestInvoiceMail::emailEnabledForIssuedAndPaidOnly()
{
    InvoiceRepository invoices(m_workspace->store(), m_session->invoiceSeries());
    m_editor->newDraft(m_clientId);
    QVERIFY(emailButton());
    QVERIFY2(!emailButton()->isEnabled(), "a draft has no number to send yet");

    const Invoice invoice = issuedInvoice(m_clientId);
    m_editor->openInvoice(invoice.id);
    QVERIFY(emailButton()->isEnabled());

    auto note = invoices.createCreditNote(invoice.id);
    QVERIFY(note);
    m_editor->openInvoice(note->id);
    QVERIFY2(!emailButton()->isEnabled(), "a draft credit note");
    QVERIFY(invoices.issue(note->id, QDate(2026, 1, 20)));
    m_editor->openInvoice(note->id);
    QVERIFY2(emailButton()->isEnabled(), "an issued credit note");

    QVERIFY(invoices.markPaid(invoice.id, QDate(2026, 1, 25)));
    m_editor->openInvoice(invoice.id);
    QVERIFY2(emailButton()->isEnabled(), "a paid invoice");

    const Invoice voided = issuedInvoice(m_clientId);
    QVERIFY(invoices.voidInvoice(voided.id));
    m_editor->openInvoice(voided.id);
    QVERIFY2(!emailButton()->isEnabled(), "a void invoice is not owed");
}

void TestInvoiceMail::emailHandsTheMessageToTheComposer()
{
    const Invoice invoice = issuedInvoice(m_clientId);
    m_editor->openInvoice(invoice.id);
    QTest::mouseClick(emailButton(), Qt::LeftButton);
    QCOMPARE(m_composer->composed.size(), 1);
    const MailComposer::Message message = m_composer->composed.constFirst();
    QCOMPARE(message.addresses, QStringList {ClientEmail});
    QCOMPARE(message.subject,
             QStringLiteral("Invoice %1 from Nordlicht Studio GmbH").arg(invoice.number));
    QVERIFY(message.body.contains(invoice.number));
    QCOMPARE(QFileInfo(message.attachmentPath).absolutePath(),
             QFileInfo(InvoiceMail::outgoingFolder()).absoluteFilePath());
    QFile attachment(message.attachmentPath);
    QVERIFY(attachment.open(QIODevice::ReadOnly));
    QCOMPARE(attachment.read(5), QByteArrayLiteral("%PDF-"));
    QVERIFY2(!emailButton()->isEnabled(), "one message at a time until the composer answers");

    m_composer->answer(MailComposer::Outcome::Handed);
    QVERIFY(emailButton()->isEnabled());
    QCOMPARE(m_editor->pdfPathAsked, 0);
    QVERIFY(mailNote()->isVisible());
    QVERIFY2(mailNote()->text().contains(ClientEmail), qPrintable(mailNote()->text()));
    QVERIFY(m_editor->message().isEmpty());
}

void TestInvoiceMail::noMailProgramSavesThePdfWhereAsked()
{
    const Invoice invoice = issuedInvoice(m_clientId);
    m_editor->openInvoice(invoice.id);
    QTemporaryDir saved;
    m_editor->pdfPath = saved.filePath(QStringLiteral("Rechnung.pdf"));
    QTest::mouseClick(emailButton(), Qt::LeftButton);
    QCOMPARE(m_composer->composed.size(), 1);
    m_composer->answer(MailComposer::Outcome::Unavailable);

    QCOMPARE(m_editor->pdfPathAsked, 1);
    QCOMPARE(m_editor->suggestedPdfName, QStringLiteral("Invoice %1.pdf").arg(invoice.number));
    QFile pdf(m_editor->pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArrayLiteral("%PDF-"));
    const QString note = mailNote()->text();
    QVERIFY(mailNote()->isVisible());
    QVERIFY2(note.contains(QStringLiteral("No mail program could be asked")), qPrintable(note));
    QVERIFY2(note.contains(QDir::toNativeSeparators(m_editor->pdfPath)), qPrintable(note));
    QVERIFY2(note.contains(ClientEmail), qPrintable(note));
    QVERIFY(mailNote()->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(mailNote()->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QVERIFY(emailButton()->isEnabled());

    // Another invoice opened: the note was about the last one.
    m_editor->openInvoice(issuedInvoice(m_clientId).id);
    QVERIFY(!mailNote()->isVisible());
}

void TestInvoiceMail::noMailProgramAndNoPathSaysWhatToDo()
{
    m_editor->openInvoice(issuedInvoice(m_clientId).id);
    m_editor->pdfPath.clear();
    m_editor->email();
    m_composer->answer(MailComposer::Outcome::Unavailable);
    QCOMPARE(m_editor->pdfPathAsked, 1);
    const QString note = mailNote()->text();
    QVERIFY2(note.contains(QStringLiteral("Export PDF")), qPrintable(note));
    QVERIFY2(note.contains(ClientEmail), qPrintable(note));
}

void TestInvoiceMail::refusedMessageAlsoSavesThePdf()
{
    const QString clientId = createClient(QString());
    m_editor->openInvoice(issuedInvoice(clientId).id);
    QTemporaryDir saved;
    m_editor->pdfPath = saved.filePath(QStringLiteral("invoice.pdf"));
    m_editor->email();
    QVERIFY(m_composer->composed.constFirst().addresses.isEmpty());
    m_composer->answer(MailComposer::Outcome::Refused);
    QVERIFY(QFile::exists(m_editor->pdfPath));
    const QString note = mailNote()->text();
    QVERIFY2(note.contains(QStringLiteral("did not take the message")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("no email address on record")), qPrintable(note));
}

void TestInvoiceMail::keyboardPathAndAccessibleNames()
{
    m_editor->openInvoice(issuedInvoice(m_clientId).id);
    QCOMPARE(emailButton()->text(), QStringLiteral("E&mail…"));
    emailButton()->setFocus();
    QTest::keyClick(m_editor.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_composer->composed.size(), 1);
    m_composer->answer(MailComposer::Outcome::Handed);
    QStringList problems;
    AccessibleNames::ofFocusable(m_editor.get(), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const auto actions = m_editor->commandActions();
    QVERIFY(std::any_of(actions.cbegin(), actions.cend(),
                        [](QAction *a) { return a->text() == QStringLiteral("E&mail…"); }));
}

void TestInvoiceMail::portalReceivesTheMessageAndAReadablePdf()
{
    // Only on the private bus of tests/support/with-keyring: never the person's desktop.
    QVERIFY2(qEnvironmentVariableIsSet("CLIENTDESK_TEST_KEYRING"),
             "run through tests/support/with-keyring (ctest does)");
    // The fake portal is a connection of its own, so the call crosses the bus as for real.
    QDBusConnection portalBus =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-portal"));
    QVERIFY(portalBus.isConnected());
    FakeEmailPortal portal;
    QVERIFY(portalBus.registerObject(PortalPath, &portal, QDBusConnection::ExportAllSlots));
    QVERIFY(portalBus.registerService(PortalService));

    const QString path = writeSamplePdf();
    PortalMailComposer composer;
    QSignalSpy finished(&composer, &MailComposer::finished);
    MailComposer::Message message;
    message.addresses = {ClientEmail};
    message.subject = QStringLiteral("Invoice 2026-0001 from Nordlicht Studio GmbH");
    message.body = QStringLiteral("Hello,\n\nPlease find attached …");
    message.attachmentPath = path;
    composer.compose(message);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().value<MailComposer::Outcome>(),
             MailComposer::Outcome::Handed);

    QCOMPARE(portal.calls, 1);
    QCOMPARE(portal.parentWindow, QString());
    QCOMPARE(portal.options.value(QStringLiteral("addresses")).toStringList(), message.addresses);
    QCOMPARE(portal.options.value(QStringLiteral("subject")).toString(), message.subject);
    QCOMPARE(portal.options.value(QStringLiteral("body")).toString(), message.body);
    QCOMPARE(portal.attachments.size(), 1);
    const int fd = portal.attachments.constFirst().fileDescriptor();
    QVERIFY(fd >= 0);
    QCOMPARE(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDONLY);
    QFile received;
    QVERIFY(received.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle));
    QCOMPARE(received.read(5), QByteArrayLiteral("%PDF-"));

    portalBus.unregisterService(PortalService);
    portalBus.unregisterObject(PortalPath);
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-portal"));
}

void TestInvoiceMail::portalErrorIsRefused()
{
    QVERIFY2(qEnvironmentVariableIsSet("CLIENTDESK_TEST_KEYRING"),
             "run through tests/support/with-keyring (ctest does)");
    QDBusConnection portalBus =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-portal"));
    FakeEmailPortal portal;
    portal.errorToReply = QStringLiteral("org.freedesktop.portal.Error.NotAllowed");
    QVERIFY(portalBus.registerObject(PortalPath, &portal, QDBusConnection::ExportAllSlots));
    QVERIFY(portalBus.registerService(PortalService));

    PortalMailComposer composer;
    QSignalSpy finished(&composer, &MailComposer::finished);
    MailComposer::Message message;
    message.attachmentPath = writeSamplePdf();
    composer.compose(message);
    QVERIFY(finished.wait(10000));
    QCOMPARE(portal.calls, 1);
    QVERIFY2(!portal.options.contains(QStringLiteral("addresses")),
             "no address: the person adds one in the mail program");
    QCOMPARE(finished.constFirst().constFirst().value<MailComposer::Outcome>(),
             MailComposer::Outcome::Refused);

    portalBus.unregisterService(PortalService);
    portalBus.unregisterObject(PortalPath);
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-portal"));
}

void TestInvoiceMail::noPortalIsUnavailable()
{
    QVERIFY2(qEnvironmentVariableIsSet("CLIENTDESK_TEST_KEYRING"),
             "run through tests/support/with-keyring (ctest does)");
    // The private bus activates nothing: the portal's name is unknown there.
    PortalMailComposer composer;
    QSignalSpy finished(&composer, &MailComposer::finished);
    MailComposer::Message message;
    message.attachmentPath = writeSamplePdf();
    composer.compose(message);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().value<MailComposer::Outcome>(),
             MailComposer::Outcome::Unavailable);

    // A file that cannot be opened is never sent: the composer says so.
    QSignalSpy again(&composer, &MailComposer::finished);
    message.attachmentPath = m_temp->root() + QStringLiteral("/missing.pdf");
    composer.compose(message);
    QVERIFY(again.wait(10000));
    QCOMPARE(again.constFirst().constFirst().value<MailComposer::Outcome>(),
             MailComposer::Outcome::Refused);
}

QTEST_MAIN(TestInvoiceMail)
#include "TestInvoiceMail.moc"
