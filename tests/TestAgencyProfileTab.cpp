// SPDX-License-Identifier: GPL-3.0-or-later
// Tests AgencyProfileTab against a real store, wired as the app wires it: edits reach the
// store only when AgencyProfile::validate() passes, a problem is said in the tab and nothing is
// saved, and a logo is taken only when it is a readable PNG or JPEG of at most 2 MB.
#include "models/store/AgencyProfileRepository.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/TempWorkspace.h"
#include "ui/AgencyProfileTab.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
const QString ValidIban = QStringLiteral("DE89 3704 0044 0532 0130 00");

// Answers the file chooser with a path the test picked, and counts how often it was asked.
class ScriptedAgencyProfileTab : public AgencyProfileTab
{
public:
    QString nextFile;
    int asked = 0;

protected:
    QString chooseLogoFile() override
    {
        ++asked;
        return nextFile;
    }
};

QByteArray imageBytes(const char *format, QSize size = QSize(120, 40))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x60, 0xa0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}
} // namespace

class TestAgencyProfileTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void disabledUntilAProfileIsShown();
    void showsTheStoredProfile();
    void savesTheEditsIntoTheStore();
    void invalidInputShowsTheProblemAndSavesNothing_data();
    void invalidInputShowsTheProblemAndSavesNothing();
    void taxRateIsTypedInTheLocale();
    void logoFromAPngOrJpeg_data();
    void logoFromAPngOrJpeg();
    void refusedLogosLeaveTheProfileUnchanged_data();
    void refusedLogosLeaveTheProfileUnchanged();
    void cancellingTheChooserChangesNothing();
    void removingTheLogo();
    void keyboardPath();
    void everyControlHasAUniqueAccessibleName();

private:
    template<typename T>
    T *control(const QString &accessibleName) const;
    QPushButton *button(const QString &accessibleName) const
    {
        return control<QPushButton>(accessibleName);
    }
    QLabel *messageLabel() const
    {
        return m_tab->findChild<QLabel *>(QStringLiteral("agencyMessage"));
    }
    QLabel *preview() const { return m_tab->findChild<QLabel *>(QStringLiteral("logoPreview")); }
    AgencyProfile stored() const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AgencyProfileRepository> m_repository;
    ScriptedAgencyProfileTab *m_tab = nullptr;
};

void TestAgencyProfileTab::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    m_repository =
        std::make_unique<AgencyProfileRepository>(m_workspace->store(), m_workspace->id());
    AgencyProfile profile = stored();
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    QVERIFY(m_repository->save(profile));

    m_tab = new ScriptedAgencyProfileTab;
    // As the app does it: save, then show what is stored and say so; or say why not.
    connect(m_tab, &AgencyProfileTab::saveRequested, m_tab, [this](const AgencyProfile &edited) {
        if (auto saved = m_repository->save(edited); !saved) {
            m_tab->showMessage(saved.error().message(), true);
            return;
        }
        m_tab->setProfile(stored());
        m_tab->showMessage(QStringLiteral("Saved."), false);
    });
    m_tab->setProfile(stored());
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowActive(m_tab));
}

void TestAgencyProfileTab::cleanup()
{
    delete m_tab;
    m_tab = nullptr;
    m_repository.reset();
    m_workspace.reset();
    m_temp.reset();
}

template<typename T>
T *TestAgencyProfileTab::control(const QString &accessibleName) const
{
    const auto widgets = m_tab->findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

AgencyProfile TestAgencyProfileTab::stored() const
{
    auto profile = m_repository->load();
    if (!profile)
        qFatal("the test store has no agency profile");
    return *profile;
}

QString TestAgencyProfileTab::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_temp->root() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

void TestAgencyProfileTab::disabledUntilAProfileIsShown()
{
    ScriptedAgencyProfileTab fresh;
    QSignalSpy requested(&fresh, &AgencyProfileTab::saveRequested);
    QVERIFY(!fresh.isEnabled());
    fresh.save();
    QCOMPARE(requested.count(), 0);

    fresh.setProfile(stored());
    QVERIFY(fresh.isEnabled());
    QVERIFY(!fresh.isModified());
    // Nothing to save until something changed.
    QVERIFY(!fresh.saveButton()->isEnabled());
}

void TestAgencyProfileTab::showsTheStoredProfile()
{
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    profile.address = QStringLiteral("Hafenstraße 12\n20457 Hamburg");
    profile.taxId = QStringLiteral("DE123456789");
    profile.iban = ValidIban;
    profile.bic = QStringLiteral("DEUTDEFF");
    profile.invoiceFooter = QStringLiteral("Thank you.");
    profile.defaultCurrency = QStringLiteral("CHF");
    profile.defaultTaxRateBp = 810;
    profile.paymentTermsDays = 14;
    profile.retentionYears = 10;
    profile.logo = imageBytes("PNG");
    m_tab->setProfile(profile);

    QCOMPARE(control<QLineEdit>(QStringLiteral("Legal name"))->text(), profile.legalName);
    QCOMPARE(control<QPlainTextEdit>(QStringLiteral("Address"))->toPlainText(), profile.address);
    QCOMPARE(control<QLineEdit>(QStringLiteral("Tax ID"))->text(), profile.taxId);
    QCOMPARE(control<QLineEdit>(QStringLiteral("IBAN"))->text(), profile.iban);
    QCOMPARE(control<QLineEdit>(QStringLiteral("BIC"))->text(), profile.bic);
    QCOMPARE(control<QPlainTextEdit>(QStringLiteral("Invoice footer"))->toPlainText(),
             profile.invoiceFooter);
    QCOMPARE(control<QComboBox>(QStringLiteral("Default currency"))->currentText(),
             QStringLiteral("CHF"));
    QCOMPARE(control<QDoubleSpinBox>(QStringLiteral("Default tax rate in percent"))->value(), 8.1);
    QCOMPARE(control<QSpinBox>(QStringLiteral("Payment terms in days"))->value(), 14);
    QCOMPARE(control<QSpinBox>(QStringLiteral("Retention in years"))->value(), 10);
    QVERIFY(!preview()->pixmap().isNull());
    QVERIFY(!m_tab->isModified());

    const AgencyProfile shown = m_tab->profile();
    QCOMPARE(shown.defaultTaxRateBp, 810);
    QCOMPARE(shown.logo, profile.logo);
    QCOMPARE(shown.address, profile.address);
}

void TestAgencyProfileTab::savesTheEditsIntoTheStore()
{
    auto *name = control<QLineEdit>(QStringLiteral("Legal name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Nordlicht Design AG"));
    QTest::keyClicks(control<QPlainTextEdit>(QStringLiteral("Address")),
                     QStringLiteral("Hafenstraße 12"));
    QTest::keyClicks(control<QLineEdit>(QStringLiteral("IBAN")), ValidIban);
    QTest::keyClicks(control<QLineEdit>(QStringLiteral("BIC")), QStringLiteral("DEUTDEFF500"));
    auto *currency = control<QComboBox>(QStringLiteral("Default currency"));
    currency->setFocus();
    QTest::keyClicks(currency, QStringLiteral("GBP"));
    QCOMPARE(currency->currentText(), QStringLiteral("GBP"));
    auto *terms = control<QSpinBox>(QStringLiteral("Payment terms in days"));
    terms->selectAll();
    QTest::keyClicks(terms, QStringLiteral("21"));
    QVERIFY(m_tab->isModified());
    QVERIFY(m_tab->saveButton()->isEnabled());

    QTest::mouseClick(button(QStringLiteral("Save agency profile")), Qt::LeftButton);
    const AgencyProfile saved = stored();
    QCOMPARE(saved.legalName, QStringLiteral("Nordlicht Design AG"));
    QCOMPARE(saved.address, QStringLiteral("Hafenstraße 12"));
    QCOMPARE(saved.iban, ValidIban);
    QCOMPARE(saved.bic, QStringLiteral("DEUTDEFF500"));
    QCOMPARE(saved.defaultCurrency, QStringLiteral("GBP"));
    QCOMPARE(saved.paymentTermsDays, 21);
    QCOMPARE(m_tab->message(), QStringLiteral("Saved."));
    QVERIFY(!messageLabel()->styleSheet().contains(QLatin1String("bold")));
    QVERIFY(!m_tab->isModified());
    QVERIFY(!m_tab->saveButton()->isEnabled());
}

void TestAgencyProfileTab::invalidInputShowsTheProblemAndSavesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("IBAN check digits")
        << QStringLiteral("IBAN") << QStringLiteral("DE89 3704 0044 0532 0130 01")
        << QStringLiteral("The IBAN is not valid");
    QTest::newRow("IBAN too short") << QStringLiteral("IBAN") << QStringLiteral("DE89")
                                    << QStringLiteral("The IBAN is not valid");
    QTest::newRow("BIC length") << QStringLiteral("BIC") << QStringLiteral("DEUTDE")
                                << QStringLiteral("The BIC must be 8 or 11");
}

void TestAgencyProfileTab::invalidInputShowsTheProblemAndSavesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const AgencyProfile before = stored();
    QSignalSpy requested(m_tab, &AgencyProfileTab::saveRequested);
    auto *name = control<QLineEdit>(QStringLiteral("Legal name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Changed GmbH"));
    QTest::keyClicks(control<QLineEdit>(field), text);

    QTest::mouseClick(button(QStringLiteral("Save agency profile")), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY2(m_tab->message().startsWith(message), qPrintable(m_tab->message()));
    QVERIFY(messageLabel()->isVisible());
    // Not by colour alone: bold too, and the text names the field.
    QVERIFY(messageLabel()->styleSheet().contains(QLatin1String("bold")));
    QVERIFY(messageLabel()->styleSheet().contains(QLatin1String("color")));
    QCOMPARE(stored().legalName, before.legalName);
    QCOMPARE(stored().iban, before.iban);
    // The edits stay on screen to be fixed.
    QCOMPARE(name->text(), QStringLiteral("Changed GmbH"));
    QVERIFY(m_tab->isModified());

    auto *wrong = control<QLineEdit>(field);
    wrong->clear();
    QTest::mouseClick(button(QStringLiteral("Save agency profile")), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(stored().legalName, QStringLiteral("Changed GmbH"));
}

void TestAgencyProfileTab::taxRateIsTypedInTheLocale()
{
    m_tab->setLocale(QLocale(QLocale::German, QLocale::Germany));
    AgencyProfile profile = stored();
    profile.defaultTaxRateBp = 1950;
    m_tab->setProfile(profile);
    auto *rate = control<QDoubleSpinBox>(QStringLiteral("Default tax rate in percent"));
    QCOMPARE(rate->text(), QStringLiteral("19,50 %"));

    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("7,25"));
    QCOMPARE(m_tab->profile().defaultTaxRateBp, 725);
    QTest::mouseClick(button(QStringLiteral("Save agency profile")), Qt::LeftButton);
    QCOMPARE(stored().defaultTaxRateBp, 725);
}

void TestAgencyProfileTab::logoFromAPngOrJpeg_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("png") << QStringLiteral("logo.png") << imageBytes("PNG");
    QTest::newRow("jpeg") << QStringLiteral("logo.jpg") << imageBytes("JPEG");
    QTest::newRow("large but allowed")
        << QStringLiteral("wide.png") << imageBytes("PNG", QSize(2400, 800));
}

void TestAgencyProfileTab::logoFromAPngOrJpeg()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.size() <= AgencyProfileTab::MaxLogoBytes);
    QCOMPARE(preview()->text(), QStringLiteral("No logo"));
    QVERIFY(!button(QStringLiteral("Remove logo"))->isEnabled());
    m_tab->nextFile = writeFile(name, bytes);
    QTest::mouseClick(button(QStringLiteral("Choose logo")), Qt::LeftButton);
    QCOMPARE(m_tab->asked, 1);
    QVERIFY2(m_tab->message().isEmpty(), qPrintable(m_tab->message()));
    QCOMPARE(m_tab->profile().logo, bytes);
    QVERIFY(!preview()->pixmap().isNull());
    QVERIFY(preview()->pixmap().width() <= preview()->width());
    QVERIFY(preview()->pixmap().height() <= preview()->height());
    QVERIFY(button(QStringLiteral("Remove logo"))->isEnabled());
    QVERIFY(m_tab->isModified());

    QTest::mouseClick(button(QStringLiteral("Save agency profile")), Qt::LeftButton);
    QCOMPARE(stored().logo, bytes);
}

void TestAgencyProfileTab::refusedLogosLeaveTheProfileUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QString unreadable = QStringLiteral("This file is not a PNG, JPEG or SVG image");
    QByteArray tooLarge = imageBytes("PNG");
    tooLarge.append(QByteArray(AgencyProfileTab::MaxLogoBytes + 1 - tooLarge.size(), '\0'));
    QTest::newRow("over 2 MB") << QStringLiteral("huge.png") << tooLarge
                               << QStringLiteral("The logo file is larger than 2 MB");
    QTest::newRow("text named .png")
        << QStringLiteral("notes.png") << QByteArrayLiteral("not an image") << unreadable;
    QTest::newRow("truncated png")
        << QStringLiteral("cut.png") << imageBytes("PNG").left(40) << unreadable;
    QTest::newRow("empty") << QStringLiteral("empty.png") << QByteArray() << unreadable;
    QTest::newRow("gif") << QStringLiteral("logo.gif") << imageBytes("GIF") << unreadable;
}

void TestAgencyProfileTab::refusedLogosLeaveTheProfileUnchanged()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    AgencyProfile profile = stored();
    profile.logo = imageBytes("PNG");
    QVERIFY(m_repository->save(profile));
    m_tab->setProfile(stored());
    const QImage before = preview()->pixmap().toImage();

    m_tab->nextFile = writeFile(name, bytes);
    QTest::mouseClick(button(QStringLiteral("Choose logo")), Qt::LeftButton);
    QVERIFY2(m_tab->message().startsWith(message), qPrintable(m_tab->message()));
    QVERIFY(messageLabel()->styleSheet().contains(QLatin1String("bold")));
    QCOMPARE(m_tab->profile().logo, profile.logo);
    QCOMPARE(preview()->pixmap().toImage(), before);
    QVERIFY(!m_tab->isModified());
    QCOMPARE(stored().logo, profile.logo);
}

void TestAgencyProfileTab::cancellingTheChooserChangesNothing()
{
    m_tab->nextFile.clear();
    QTest::mouseClick(button(QStringLiteral("Choose logo")), Qt::LeftButton);
    QCOMPARE(m_tab->asked, 1);
    QVERIFY(m_tab->message().isEmpty());
    QVERIFY(m_tab->profile().logo.isEmpty());
    QVERIFY(!m_tab->isModified());
}

void TestAgencyProfileTab::removingTheLogo()
{
    AgencyProfile profile = stored();
    profile.logo = imageBytes("PNG");
    QVERIFY(m_repository->save(profile));
    m_tab->setProfile(stored());
    QVERIFY(!preview()->pixmap().isNull());

    QTest::mouseClick(button(QStringLiteral("Remove logo")), Qt::LeftButton);
    QVERIFY(m_tab->profile().logo.isEmpty());
    QVERIFY(preview()->pixmap().isNull());
    QCOMPARE(preview()->text(), QStringLiteral("No logo"));
    QVERIFY(!button(QStringLiteral("Remove logo"))->isEnabled());
    QCOMPARE(QApplication::focusWidget(), button(QStringLiteral("Choose logo")));
    QVERIFY(m_tab->isModified());
    QVERIFY(!stored().logo.isEmpty());

    QTest::mouseClick(button(QStringLiteral("Save agency profile")), Qt::LeftButton);
    QVERIFY(stored().logo.isEmpty());
}

void TestAgencyProfileTab::keyboardPath()
{
    QTest::keyClick(m_tab, Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), control<QLineEdit>(QStringLiteral("Legal name")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *address = control<QPlainTextEdit>(QStringLiteral("Address"));
    QCOMPARE(QApplication::focusWidget(), address);
    // Tab leaves the multi-line field instead of typing a tab into the address.
    QTest::keyClick(address, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), control<QLineEdit>(QStringLiteral("Tax ID")));
    QVERIFY(!address->toPlainText().contains(u'\t'));
    QTest::keyClick(m_tab, Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), control<QLineEdit>(QStringLiteral("IBAN")));
    QTest::keyClick(m_tab, Qt::Key_T, Qt::AltModifier);
    auto *rate = control<QDoubleSpinBox>(QStringLiteral("Default tax rate in percent"));
    QCOMPARE(QApplication::focusWidget(), rate);
    QTest::keyClick(rate, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(rate, QStringLiteral("16"));
    QCOMPARE(m_tab->profile().defaultTaxRateBp, 1600);
    QTest::keyClick(rate, Qt::Key_Up);
    QCOMPARE(m_tab->profile().defaultTaxRateBp, 1700);
    QTest::keyClick(rate, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             control<QSpinBox>(QStringLiteral("Payment terms in days")));
    QTest::keyClick(m_tab, Qt::Key_E, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), control<QSpinBox>(QStringLiteral("Retention in years")));

    m_tab->nextFile = writeFile(QStringLiteral("logo.png"), imageBytes("PNG"));
    QTest::keyClick(m_tab, Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(m_tab->asked, 1);
    QVERIFY(!m_tab->profile().logo.isEmpty());
    QTest::keyClick(m_tab, Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(!stored().logo.isEmpty());
}

void TestAgencyProfileTab::everyControlHasAUniqueAccessibleName()
{
    QStringList problems;
    const QStringList names = AccessibleNames::ofFocusable(m_tab, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QVERIFY2(names.size() >= 13, qPrintable(names.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestAgencyProfileTab)
#include "TestAgencyProfileTab.moc"
