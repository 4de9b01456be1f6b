// SPDX-License-Identifier: GPL-3.0-or-later
// Tests SettingsDialog: its tabs in order; General saves each preference at once and reports
// it; Agency hands out a valid profile and shows the outcome; on Security the keychain box
// reports only the person's changes and waits while the app is busy, a new recovery kit is
// requested only once confirmed, and Change Passphrase is requested.
#include "tests/support/AccessibleNames.h"
#include "ui/AgencyProfileTab.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
// Answers the new-kit question without a message box and counts how often it was asked.
class AnsweringSettingsDialog : public SettingsDialog
{
public:
    explicit AnsweringSettingsDialog(Preferences preferences)
        : SettingsDialog(std::move(preferences))
    { }

    bool answer = false;
    int asked = 0;

protected:
    bool confirmNewKit() override
    {
        ++asked;
        return answer;
    }
};
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hasItsTabsInOrder();
    void opensOnTheStoredPreferences();
    void choosingAnAppearanceSavesAndReportsIt();
    void choosingALanguageSavesAndReportsIt();
    void choosingAnAutoLockSavesAndReportsIt();
    void agencyTabWaitsForAProfile();
    void enterOnTheAgencyTabSavesInsteadOfClosing();
    void anInvalidAgencyProfileIsNotHandedOut();
    void changePassphraseIsRequested();
    void togglingEmitsTheNewValue();
    void settingTheStateEmitsNothing();
    void busyDisablesTheBoxAndSaysWhy();
    void aKeychainMessageOutlastsTheBusyState();
    void aLongMessageMakesRoomForItself();
    void newKitIsRequestedOnlyAfterConfirmation();
    void newKitAsksInAMessageBox_data();
    void newKitAsksInAMessageBox();
    void keyboardPath();
    void mnemonicsReachEveryTab();
    void everyControlHasAUniqueAccessibleName();

private:
    template<typename T>
    T *control(const QString &accessibleName) const;
    QTabWidget *tabs() const { return m_dialog->findChild<QTabWidget *>(); }
    Preferences storedPreferences() const { return Preferences(m_settingsFile); }
    QCheckBox *unlockBox() const;
    void clickUnlockBox();
    QPushButton *newKitButton() const;
    QLabel *keychainMessage() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsFile;
    AnsweringSettingsDialog *m_dialog = nullptr;
};

void TestSettingsDialog::initTestCase()
{
    // English as the app shows it: the plural forms come from its translation file.
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    m_dialog = new AnsweringSettingsDialog(Preferences(m_settingsFile));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
}

void TestSettingsDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_dir.reset();
}

template<typename T>
T *TestSettingsDialog::control(const QString &accessibleName) const
{
    const auto widgets = m_dialog->findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

QCheckBox *TestSettingsDialog::unlockBox() const
{
    const auto boxes = m_dialog->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes) {
        if (box->accessibleName() == QStringLiteral("Unlock automatically on this device"))
            return box;
    }
    return nullptr;
}

// On the box's text: the box spans the dialog, but only its indicator and text take clicks.
void TestSettingsDialog::clickUnlockBox()
{
    QTest::mouseClick(unlockBox(), Qt::LeftButton, {}, QPoint(8, unlockBox()->height() / 2));
}

QPushButton *TestSettingsDialog::newKitButton() const
{
    const auto buttons = m_dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == QStringLiteral("New recovery kit"))
            return button;
    }
    return nullptr;
}

QLabel *TestSettingsDialog::keychainMessage() const
{
    return m_dialog->findChild<QLabel *>(QStringLiteral("keychainMessage"));
}

void TestSettingsDialog::hasItsTabsInOrder()
{
    QVERIFY(tabs());
    QCOMPARE(tabs()->count(), 3);
    QCOMPARE(tabs()->tabText(0).remove(u'&'), QStringLiteral("General"));
    QCOMPARE(tabs()->tabText(1).remove(u'&'), QStringLiteral("Agency"));
    QCOMPARE(tabs()->tabText(2).remove(u'&'), QStringLiteral("Security"));
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::General);
    QVERIFY(tabs()->widget(0)->isAncestorOf(control<QComboBox>(QStringLiteral("Language"))));
    QCOMPARE(tabs()->widget(1), m_dialog->agencyTab());
    QVERIFY(tabs()->widget(2)->isAncestorOf(unlockBox()));
    QVERIFY(tabs()->widget(2)->isAncestorOf(newKitButton()));
    QVERIFY(
        tabs()->widget(2)->isAncestorOf(control<QPushButton>(QStringLiteral("Change passphrase"))));
    m_dialog->showPage(SettingsDialog::Page::Security);
    QCOMPARE(tabs()->currentIndex(), 2);
}

void TestSettingsDialog::opensOnTheStoredPreferences()
{
    Preferences preferences(m_settingsFile);
    preferences.setAppearance(Preferences::Appearance::Dark);
    preferences.setLanguage(QStringLiteral("de"));
    preferences.setAutoLockMinutes(30);
    preferences.sync();
    AnsweringSettingsDialog dialog {Preferences(m_settingsFile)};
    QVERIFY(dialog.findChildren<QRadioButton *>().size() == 3);
    for (QRadioButton *button : dialog.findChildren<QRadioButton *>())
        QCOMPARE(button->isChecked(),
                 button->accessibleName() == QStringLiteral("Dark appearance"));
    QComboBox *language = nullptr;
    QComboBox *autoLock = nullptr;
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->accessibleName() == QStringLiteral("Language"))
            language = box;
        if (box->accessibleName() == QStringLiteral("Lock after inactivity"))
            autoLock = box;
    }
    QVERIFY(language && autoLock);
    QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(autoLock->currentText(), QStringLiteral("After 30 minutes"));

    // Fresh settings: System, the system's language, ten minutes.
    QCOMPARE(control<QRadioButton>(QStringLiteral("System appearance"))->isChecked(), true);
    QCOMPARE(control<QComboBox>(QStringLiteral("Language"))->currentText(),
             QStringLiteral("System default"));
    QCOMPARE(control<QComboBox>(QStringLiteral("Lock after inactivity"))->currentText(),
             QStringLiteral("After 10 minutes"));
}

void TestSettingsDialog::choosingAnAppearanceSavesAndReportsIt()
{
    QSignalSpy changed(m_dialog, &SettingsDialog::appearanceChanged);
    QTest::mouseClick(control<QRadioButton>(QStringLiteral("Dark appearance")), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Preferences::Appearance>(), Preferences::Appearance::Dark);
    QCOMPARE(storedPreferences().appearance(), Preferences::Appearance::Dark);

    // Choosing what is already chosen is no change.
    QTest::mouseClick(control<QRadioButton>(QStringLiteral("Dark appearance")), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);

    QTest::mouseClick(control<QRadioButton>(QStringLiteral("Light appearance")), Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<Preferences::Appearance>(), Preferences::Appearance::Light);
    QCOMPARE(storedPreferences().appearance(), Preferences::Appearance::Light);

    // Arrow keys move between the choices, and choose as they go.
    QTest::keyClick(control<QRadioButton>(QStringLiteral("Light appearance")), Qt::Key_Right);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(2).at(0).value<Preferences::Appearance>(), Preferences::Appearance::Dark);
    QCOMPARE(storedPreferences().appearance(), Preferences::Appearance::Dark);
}

void TestSettingsDialog::choosingALanguageSavesAndReportsIt()
{
    QSignalSpy changed(m_dialog, &SettingsDialog::languageChanged);
    auto *language = control<QComboBox>(QStringLiteral("Language"));
    QStringList shown;
    for (int i = 0; i < language->count(); ++i)
        shown << language->itemText(i);
    QCOMPARE(shown,
             QStringList({QStringLiteral("System default"), QStringLiteral("English"),
                          QStringLiteral("Deutsch"), QStringLiteral("Fran\u00e7ais")}));
    const auto labels = m_dialog->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == QStringLiteral("Takes effect when ClientDesk restarts.")
            && label->isVisible();
    }));

    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("de"));
    QCOMPARE(storedPreferences().language(), QStringLiteral("de"));
    QTest::keyClick(language, Qt::Key_Home);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(2).at(0).toString(), QString());
    QCOMPARE(storedPreferences().language(), QString());
}

void TestSettingsDialog::choosingAnAutoLockSavesAndReportsIt()
{
    QSignalSpy changed(m_dialog, &SettingsDialog::autoLockChanged);
    auto *autoLock = control<QComboBox>(QStringLiteral("Lock after inactivity"));
    QCOMPARE(autoLock->count(), 7);
    QCOMPARE(autoLock->itemText(0), QStringLiteral("Never"));
    QCOMPARE(autoLock->itemText(1), QStringLiteral("After 1 minute"));
    QCOMPARE(autoLock->itemText(6), QStringLiteral("After 60 minutes"));

    autoLock->setFocus();
    QTest::keyClick(autoLock, Qt::Key_Home);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 0);
    QCOMPARE(storedPreferences().autoLockMinutes(), 0);
    QTest::keyClick(autoLock, Qt::Key_End);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toInt(), 60);
    QCOMPARE(storedPreferences().autoLockMinutes(), 60);
}

void TestSettingsDialog::agencyTabWaitsForAProfile()
{
    QVERIFY(!m_dialog->agencyTab()->isEnabled());
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    m_dialog->setAgencyProfile(profile);
    QVERIFY(m_dialog->agencyTab()->isEnabled());
    QCOMPARE(m_dialog->agencyProfile().legalName, profile.legalName);
}

void TestSettingsDialog::enterOnTheAgencyTabSavesInsteadOfClosing()
{
    QSignalSpy requested(m_dialog, &SettingsDialog::agencyProfileSaveRequested);
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    m_dialog->setAgencyProfile(profile);
    QTest::keyClick(m_dialog, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Agency);
    auto *name = control<QLineEdit>(QStringLiteral("Legal name"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Nordlicht Design AG"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<AgencyProfile>().legalName,
             QStringLiteral("Nordlicht Design AG"));

    // The app reports back; a failure of the store is shown like a validation problem.
    m_dialog->showAgencyMessage(QStringLiteral("The disk is full."), true);
    QCOMPARE(m_dialog->agencyTab()->message(), QStringLiteral("The disk is full."));
    m_dialog->setAgencyProfile(requested.at(0).at(0).value<AgencyProfile>());
    m_dialog->showAgencyMessage(QStringLiteral("Saved."), false);
    QCOMPARE(m_dialog->agencyTab()->message(), QStringLiteral("Saved."));
    QVERIFY(!m_dialog->agencyTab()->isModified());

    // Elsewhere Enter closes, as before.
    QTest::keyClick(m_dialog, Qt::Key_G, Qt::AltModifier);
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::General);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(requested.count(), 1);
}

void TestSettingsDialog::anInvalidAgencyProfileIsNotHandedOut()
{
    QSignalSpy requested(m_dialog, &SettingsDialog::agencyProfileSaveRequested);
    m_dialog->setAgencyProfile(AgencyProfile());
    m_dialog->showPage(SettingsDialog::Page::Agency);
    QTest::keyClicks(control<QLineEdit>(QStringLiteral("IBAN")), QStringLiteral("DE00 1234"));
    QTest::mouseClick(control<QPushButton>(QStringLiteral("Save agency profile")), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY(m_dialog->agencyTab()->message().contains(QStringLiteral("IBAN")));
}

void TestSettingsDialog::changePassphraseIsRequested()
{
    QSignalSpy requested(m_dialog, &SettingsDialog::changePassphraseRequested);
    m_dialog->showPage(SettingsDialog::Page::Security);
    QTest::mouseClick(control<QPushButton>(QStringLiteral("Change passphrase")), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(m_dialog->asked, 0);
}

void TestSettingsDialog::togglingEmitsTheNewValue()
{
    m_dialog->showPage(SettingsDialog::Page::Security);
    QSignalSpy toggled(m_dialog, &SettingsDialog::unlockAutomaticallyToggled);
    QVERIFY(!m_dialog->unlocksAutomatically());
    clickUnlockBox();
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).toBool(), true);
    QVERIFY(m_dialog->unlocksAutomatically());
    QTest::keyClick(unlockBox(), Qt::Key_Space);
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(toggled.at(1).at(0).toBool(), false);
    QVERIFY(!m_dialog->unlocksAutomatically());
}

void TestSettingsDialog::settingTheStateEmitsNothing()
{
    QSignalSpy toggled(m_dialog, &SettingsDialog::unlockAutomaticallyToggled);
    m_dialog->setUnlocksAutomatically(true);
    QVERIFY(unlockBox()->isChecked());
    QVERIFY(m_dialog->unlocksAutomatically());
    m_dialog->setUnlocksAutomatically(false);
    QVERIFY(!unlockBox()->isChecked());
    QCOMPARE(toggled.count(), 0);
}

void TestSettingsDialog::busyDisablesTheBoxAndSaysWhy()
{
    m_dialog->showPage(SettingsDialog::Page::Security);
    QSignalSpy toggled(m_dialog, &SettingsDialog::unlockAutomaticallyToggled);
    m_dialog->setKeychainBusy(true);
    QVERIFY(m_dialog->isKeychainBusy());
    QVERIFY(!unlockBox()->isEnabled());
    QVERIFY(keychainMessage()->isVisible());
    QVERIFY2(keychainMessage()->text().contains(QStringLiteral("keychain")),
             qPrintable(keychainMessage()->text()));
    clickUnlockBox();
    QCOMPARE(toggled.count(), 0);

    m_dialog->setKeychainBusy(false);
    QVERIFY(!m_dialog->isKeychainBusy());
    QVERIFY(unlockBox()->isEnabled());
    QVERIFY(!keychainMessage()->isVisible());
    clickUnlockBox();
    QCOMPARE(toggled.count(), 1);
}

void TestSettingsDialog::aKeychainMessageOutlastsTheBusyState()
{
    m_dialog->showPage(SettingsDialog::Page::Security);
    const QString locked = QStringLiteral("The keychain is locked. Unlock it and try again.");
    m_dialog->setKeychainBusy(true);
    m_dialog->showKeychainMessage(locked);
    m_dialog->setKeychainBusy(false);
    QVERIFY(keychainMessage()->isVisible());
    QCOMPARE(keychainMessage()->text(), locked);
    QCOMPARE(keychainMessage()->textFormat(), Qt::PlainText);

    // The person trying again makes the old message moot.
    clickUnlockBox();
    QVERIFY(!keychainMessage()->isVisible());

    m_dialog->showKeychainMessage(locked);
    m_dialog->showKeychainMessage(QString());
    QVERIFY(!keychainMessage()->isVisible());
}

void TestSettingsDialog::aLongMessageMakesRoomForItself()
{
    m_dialog->showKeychainMessage(
        QStringLiteral("The keychain did not answer. %1").arg(QString(12, u'x')).repeated(8));
    QVERIFY(m_dialog->height() >= m_dialog->heightForWidth(m_dialog->width()));
}

void TestSettingsDialog::newKitIsRequestedOnlyAfterConfirmation()
{
    m_dialog->showPage(SettingsDialog::Page::Security);
    QSignalSpy requested(m_dialog, &SettingsDialog::newRecoveryKitRequested);
    m_dialog->answer = false;
    QTest::mouseClick(newKitButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->asked, 1);
    QCOMPARE(requested.count(), 0);

    m_dialog->answer = true;
    QTest::mouseClick(newKitButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->asked, 2);
    QCOMPARE(requested.count(), 1);
}

void TestSettingsDialog::newKitAsksInAMessageBox_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("requests");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << 0;
    QTest::newRow("yes") << int(QMessageBox::Yes) << 1;
}

void TestSettingsDialog::newKitAsksInAMessageBox()
{
    QFETCH(int, answer);
    QFETCH(int, requests);
    SettingsDialog dialog {Preferences(m_settingsFile)};
    dialog.showPage(SettingsDialog::Page::Security);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &SettingsDialog::newRecoveryKitRequested);
    QString question;
    bool cancelIsDefault = false;
    // Answers the message box once it is up, looking again for a bounded time.
    std::function<void(int)> answerBox = [&](int triesLeft) {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0)
                QTimer::singleShot(20, &dialog, [&, triesLeft] { answerBox(triesLeft - 1); });
            return;
        }
        question = box->text();
        cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
        box->button(static_cast<QMessageBox::StandardButton>(answer))->click();
    };
    QTimer::singleShot(0, &dialog, [&] { answerBox(250); });
    QPushButton *button = nullptr;
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->accessibleName() == QStringLiteral("New recovery kit"))
            button = candidate;
    }
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(question,
             QStringLiteral("Make a new recovery kit? The recovery key you saved before will "
                            "stop working."));
    QVERIFY(cancelIsDefault);
    QCOMPARE(requested.count(), requests);
}

void TestSettingsDialog::keyboardPath()
{
    // Opens on the chosen appearance; Enter closes without touching keys or kits.
    QCOMPARE(m_dialog->focusWidget(), control<QRadioButton>(QStringLiteral("System appearance")));
    QTest::keyClick(m_dialog->focusWidget(), Qt::Key_Return);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->asked, 0);
}

void TestSettingsDialog::mnemonicsReachEveryTab()
{
    QSignalSpy appearance(m_dialog, &SettingsDialog::appearanceChanged);
    QSignalSpy changePassphrase(m_dialog, &SettingsDialog::changePassphraseRequested);
    QTest::keyClick(m_dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(appearance.count(), 1);
    QCOMPARE(storedPreferences().appearance(), Preferences::Appearance::Dark);
    QTest::keyClick(m_dialog, Qt::Key_N, Qt::AltModifier);
    QCOMPARE(m_dialog->focusWidget(), control<QComboBox>(QStringLiteral("Language")));
    QTest::keyClick(m_dialog, Qt::Key_K, Qt::AltModifier);
    QCOMPARE(m_dialog->focusWidget(), control<QComboBox>(QStringLiteral("Lock after inactivity")));

    QTest::keyClick(m_dialog, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Security);
    QTest::keyClick(m_dialog, Qt::Key_U, Qt::AltModifier);
    QCOMPARE(m_dialog->focusWidget(), unlockBox());
    QTest::keyClick(unlockBox(), Qt::Key_Space);
    QVERIFY(m_dialog->unlocksAutomatically());
    QTest::keyClick(m_dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(changePassphrase.count(), 1);
    QCOMPARE(m_dialog->asked, 0);

    QTest::keyClick(m_dialog, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Agency);
}

void TestSettingsDialog::everyControlHasAUniqueAccessibleName()
{
    m_dialog->setAgencyProfile(AgencyProfile());
    // Each tab on its own, and across tabs no two controls share a name.
    QHash<QString, const QWidget *> owners;
    QStringList problems;
    for (int tab = 0; tab < tabs()->count(); ++tab) {
        tabs()->setCurrentIndex(tab);
        const QStringList names = AccessibleNames::ofFocusable(m_dialog, problems);
        QVERIFY2(names.size() >= 4, qPrintable(names.join(QStringLiteral(", "))));
        for (const QWidget *widget : m_dialog->findChildren<QWidget *>()) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible())
                continue;
            const QWidget *owner = owners.value(widget->accessibleName(), widget);
            if (owner != widget)
                problems << QStringLiteral("\"%1\" on two tabs").arg(widget->accessibleName());
            owners.insert(widget->accessibleName(), widget);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    // Tab stops only: of the appearance buttons Tab reaches the chosen one, arrows the others.
    QVERIFY2(owners.size() >= 22, qPrintable(QStringList(owners.keys()).join(u',')));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
