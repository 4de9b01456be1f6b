// SPDX-License-Identifier: GPL-3.0-or-later
// Tests AgencyProfile: the agency's bank details are checked for typing mistakes, and its
// defaults stay within what invoices and the retention rules allow.
#include "models/domain/AgencyProfile.h"

#include <QTest>

using namespace ClientDesk;

Q_DECLARE_METATYPE(ClientDesk::AgencyProfile)

namespace {
const QString ValidGermanIban = QStringLiteral("DE89 3704 0044 0532 0130 00");
const QString ValidBritishIban = QStringLiteral("GB29 NWBK 6016 1331 9268 19");

AgencyProfile valid()
{
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    profile.iban = ValidGermanIban;
    profile.bic = QStringLiteral("COBADEFFXXX");
    profile.defaultTaxRateBp = 1900;
    return profile;
}

template<typename Change>
AgencyProfile changed(Change change)
{
    AgencyProfile profile = valid();
    change(profile);
    return profile;
}
} // namespace

class TestAgencyProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ibans_data();
    void ibans();
    void bics_data();
    void bics();
    void acceptsValidProfiles_data();
    void acceptsValidProfiles();
    void refusesInvalidProfiles_data();
    void refusesInvalidProfiles();
};

void TestAgencyProfile::ibans_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("German, grouped") << ValidGermanIban << true;
    QTest::newRow("German, compact") << "DE89370400440532013000" << true;
    QTest::newRow("German, lower case") << "de89 3704 0044 0532 0130 00" << true;
    QTest::newRow("British") << ValidBritishIban << true;
    QTest::newRow("British, compact") << "GB29NWBK60161331926819" << true;
    QTest::newRow("Norwegian, shortest") << "NO9386011117947" << true;
    QTest::newRow("German, one digit wrong") << "DE89 3704 0044 0532 0130 01" << false;
    QTest::newRow("German, two digits swapped") << "DE89 3704 0044 0532 0103 00" << false;
    QTest::newRow("German, wrong check digits") << "DE88 3704 0044 0532 0130 00" << false;
    QTest::newRow("British, one letter wrong") << "GB29 NWBX 6016 1331 9268 19" << false;
    QTest::newRow("German, digit missing") << "DE89 3704 0044 0532 0130 0" << false;
    QTest::newRow("too short") << "DE89 3704" << false;
    QTest::newRow("too long") << "DE89 3704 0044 0532 0130 0000 0000 0000 0" << false;
    QTest::newRow("no country") << "8937 0400 4405 3201 3000" << false;
    QTest::newRow("punctuation") << "DE89-3704-0044-0532-0130-00" << false;
    QTest::newRow("accented letter") << "DE89 3704 0044 0532 0130 0É" << false;
    QTest::newRow("empty") << "" << false;
}

void TestAgencyProfile::ibans()
{
    QFETCH(QString, iban);
    QFETCH(bool, accepted);
    QCOMPARE(AgencyProfile::isValidIban(iban), accepted);
}

void TestAgencyProfile::bics_data()
{
    QTest::addColumn<QString>("bic");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("eight") << "DEUTDEFF" << true;
    QTest::newRow("eleven") << "DEUTDEFF500" << true;
    QTest::newRow("lower case") << "deutdeff" << true;
    QTest::newRow("seven") << "DEUTDEF" << false;
    QTest::newRow("nine") << "DEUTDEFF5" << false;
    QTest::newRow("ten") << "DEUTDEFF50" << false;
    QTest::newRow("twelve") << "DEUTDEFF5000" << false;
    QTest::newRow("with a dash") << "DEUT-DEFF" << false;
    QTest::newRow("with a space") << "DEUT DEFF" << false;
}

void TestAgencyProfile::bics()
{
    QFETCH(QString, bic);
    QFETCH(bool, accepted);
    QCOMPARE(AgencyProfile::isValidBic(bic), accepted);
}

void TestAgencyProfile::acceptsValidProfiles_data()
{
    QTest::addColumn<AgencyProfile>("profile");
    QTest::newRow("defaults of a new workspace") << AgencyProfile();
    QTest::newRow("typical") << valid();
    QTest::newRow("British bank") << changed([](AgencyProfile &p) {
        p.iban = ValidBritishIban;
        p.bic = QStringLiteral("NWBKGB2L");
        p.defaultCurrency = QStringLiteral("GBP");
    });
    QTest::newRow("no bank details") << changed([](AgencyProfile &p) {
        p.iban.clear();
        p.bic = QStringLiteral(" ");
    });
    QTest::newRow("tax 0 %") << changed([](AgencyProfile &p) { p.defaultTaxRateBp = 0; });
    QTest::newRow("tax 100 %") << changed([](AgencyProfile &p) { p.defaultTaxRateBp = 10000; });
    QTest::newRow("due at once") << changed([](AgencyProfile &p) { p.paymentTermsDays = 0; });
    QTest::newRow("due in a year") << changed([](AgencyProfile &p) { p.paymentTermsDays = 365; });
    QTest::newRow("kept 10 years") << changed([](AgencyProfile &p) { p.retentionYears = 10; });
    QTest::newRow("kept 30 years") << changed([](AgencyProfile &p) { p.retentionYears = 30; });
}

void TestAgencyProfile::acceptsValidProfiles()
{
    QFETCH(AgencyProfile, profile);
    const Result<void> checked = profile.validate();
    QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message()));
}

void TestAgencyProfile::refusesInvalidProfiles_data()
{
    QTest::addColumn<AgencyProfile>("profile");
    QTest::addColumn<QString>("message");
    const QString tax = QStringLiteral("The default tax rate must be between 0 % and 100 %.");
    const QString terms = QStringLiteral("The payment terms must be between 0 and 365 days.");
    const QString retention =
        QStringLiteral("Invoices must be kept for between 7 and 30 years after issue.");
    QTest::newRow("no currency") << changed([](AgencyProfile &p) { p.defaultCurrency.clear(); })
                                 << "Choose the default currency.";
    QTest::newRow("unknown currency")
        << changed([](AgencyProfile &p) { p.defaultCurrency = QStringLiteral("XXX"); })
        << "Choose the default currency.";
    QTest::newRow("negative tax") << changed([](AgencyProfile &p) { p.defaultTaxRateBp = -1; })
                                  << tax;
    QTest::newRow("tax above 100 %")
        << changed([](AgencyProfile &p) { p.defaultTaxRateBp = 10001; }) << tax;
    QTest::newRow("negative terms")
        << changed([](AgencyProfile &p) { p.paymentTermsDays = -1; }) << terms;
    QTest::newRow("terms over a year")
        << changed([](AgencyProfile &p) { p.paymentTermsDays = 366; }) << terms;
    QTest::newRow("kept 6 years") << changed([](AgencyProfile &p) { p.retentionYears = 6; })
                                  << retention;
    QTest::newRow("kept 0 years") << changed([](AgencyProfile &p) { p.retentionYears = 0; })
                                  << retention;
    QTest::newRow("kept 31 years")
        << changed([](AgencyProfile &p) { p.retentionYears = 31; }) << retention;
    QTest::newRow("corrupted IBAN")
        << changed([](AgencyProfile &p) { p.iban = QStringLiteral("DE89 3704 0044 0532 0130 01"); })
        << "The IBAN is not valid; check it for a missing or mistyped character.";
    QTest::newRow("BIC of 10 characters")
        << changed([](AgencyProfile &p) { p.bic = QStringLiteral("COBADEFFXX"); })
        << "The BIC must be 8 or 11 letters and digits.";
}

void TestAgencyProfile::refusesInvalidProfiles()
{
    QFETCH(AgencyProfile, profile);
    QFETCH(QString, message);
    const Result<void> checked = profile.validate();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(checked.error().message(), message);
}

QTEST_GUILESS_MAIN(TestAgencyProfile)
#include "TestAgencyProfile.moc"
