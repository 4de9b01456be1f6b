// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/AgencyProfileRepository.h"

#include "models/store/EntityTable.h"
#include "models/store/EntityWriter.h"
#include "models/store/Store.h"

#include <QCoreApplication>

namespace ClientDesk {

namespace {
const QString WorkspaceEntity = QStringLiteral("workspace");

EntityTable::Values profileValues(const AgencyProfile &profile)
{
    return {
        {QStringLiteral("legal_name"), profile.legalName.trimmed()},
        {QStringLiteral("address"), profile.address},
        {QStringLiteral("tax_id"), profile.taxId.trimmed()},
        {QStringLiteral("iban"), profile.iban.trimmed()},
        {QStringLiteral("bic"), profile.bic.trimmed()},
        {QStringLiteral("logo"),
         profile.logo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                : QVariant(profile.logo)},
        {QStringLiteral("invoice_footer"), profile.invoiceFooter},
        {QStringLiteral("default_currency"), profile.defaultCurrency},
        {QStringLiteral("default_tax_rate_bp"), profile.defaultTaxRateBp},
        {QStringLiteral("payment_terms_days"), profile.paymentTermsDays},
        {QStringLiteral("retention_years"), profile.retentionYears},
    };
}
} // namespace

AgencyProfileRepository::AgencyProfileRepository(Store &store, QString workspaceId)
    : m_store(store)
    , m_workspaceId(std::move(workspaceId))
{ }

Result<AgencyProfile> AgencyProfileRepository::load() const
{
    auto row = EntityTable(m_store.database(), WorkspaceEntity)
                   .row(m_workspaceId, EntityTable::columnNames(profileValues({})));
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("ClientDesk::AgencyProfileRepository",
                                                 "The workspace record is missing."));
    const QSqlRecord &record = **row;
    AgencyProfile profile;
    profile.legalName = record.value(QStringLiteral("legal_name")).toString();
    profile.address = record.value(QStringLiteral("address")).toString();
    profile.taxId = record.value(QStringLiteral("tax_id")).toString();
    profile.iban = record.value(QStringLiteral("iban")).toString();
    profile.bic = record.value(QStringLiteral("bic")).toString();
    profile.logo = record.value(QStringLiteral("logo")).toByteArray();
    profile.invoiceFooter = record.value(QStringLiteral("invoice_footer")).toString();
    profile.defaultCurrency = record.value(QStringLiteral("default_currency")).toString();
    profile.defaultTaxRateBp = record.value(QStringLiteral("default_tax_rate_bp")).toInt();
    profile.paymentTermsDays = record.value(QStringLiteral("payment_terms_days")).toInt();
    profile.retentionYears = record.value(QStringLiteral("retention_years")).toInt();
    return profile;
}

Result<void> AgencyProfileRepository::save(const AgencyProfile &profile)
{
    if (auto valid = profile.validate(); !valid)
        return valid;
    return EntityWriter(m_store, WorkspaceEntity).change(m_workspaceId, profileValues(profile));
}

} // namespace ClientDesk
