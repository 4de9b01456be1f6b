// SPDX-License-Identifier: GPL-3.0-or-later
// The agency's own details and defaults: what prints on every invoice and how invoices start out.
#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QString>

namespace ClientDesk {

class AgencyProfile
{
public:
    QString legalName;
    QString address;
    QString taxId;
    QString iban;
    QString bic;
    // The image file's bytes as chosen (PNG, JPEG or SVG); empty for none.
    QByteArray logo;
    QString invoiceFooter;
    QString defaultCurrency = QStringLiteral("EUR");
    int defaultTaxRateBp = 0;
    int paymentTermsDays = 30;
    // How long invoices are kept after their issue date; 7 by law, longer where a country asks.
    int retentionYears = 7;

    // Checks every field; the message names the field to fix, never echoes its value.
    Result<void> validate() const;

    // Spaces and letter case are ignored: "DE89 3704 0044 0532 0130 00" passes.
    static bool isValidIban(const QString &iban);
    // 8 or 11 letters and digits, such as "DEUTDEFF" or "DEUTDEFF500"; letter case is ignored.
    static bool isValidBic(const QString &bic);
};

} // namespace ClientDesk
