// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InfoCommand.h"

#include "models/store/Migrations.h"
#include "models/store/StoreError.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace ClientDesk {

namespace {
Result<QString> scalar(Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next())
        return StoreError::from(query.lastError());
    return query.value(0).toString();
}
} // namespace

QString InfoCommand::description() const
{
    return InfoCommand::tr(
        "Show schema and cipher versions, page size and row counts (no personal data).");
}

int InfoCommand::executeOn(Workspace &workspace, const QCommandLineParser &, CliContext &context)
{
    Store &store = workspace.store();
    auto schema = store.schemaVersion();
    auto cipher = scalar(store, QStringLiteral("PRAGMA cipher_version"));
    auto pageSize = scalar(store, QStringLiteral("PRAGMA cipher_page_size"));
    auto journal = scalar(store, QStringLiteral("PRAGMA journal_mode"));
    if (!schema)
        return fail(context, schema.error());
    for (const Result<QString> *value : {&cipher, &pageSize, &journal}) {
        if (!*value)
            return fail(context, value->error());
    }

    // Row counts of the tables this schema has, by a label that names no person.
    const QList<std::pair<QString, QString>> tables {
        {InfoCommand::tr("members"), QStringLiteral("member")},
        {InfoCommand::tr("clients"), QStringLiteral("client")},
        {InfoCommand::tr("contacts"), QStringLiteral("contact")},
        {InfoCommand::tr("projects"), QStringLiteral("project")},
        {InfoCommand::tr("deliverables"), QStringLiteral("deliverable")},
        {InfoCommand::tr("invoices"), QStringLiteral("invoice")},
        {InfoCommand::tr("invoice lines"), QStringLiteral("invoice_line")},
        {InfoCommand::tr("audit entries"), QStringLiteral("audit_log")},
        {InfoCommand::tr("outbox entries"), QStringLiteral("outbox")},
    };
    const QStringList existing = store.database().tables();
    QStringList counts;
    for (const auto &[label, table] : tables) {
        if (!existing.contains(table))
            continue;
        auto count = scalar(store, QStringLiteral("SELECT count(*) FROM ") + table);
        if (!count)
            return fail(context, count.error());
        counts << label + QLatin1Char(' ') + *count;
    }

    const auto slot = workspace.keyFile().slot(KeyFile::PassphraseSlot);
    const qint64 bytes =
        QFileInfo(store.path()).size() + QFileInfo(store.path() + QStringLiteral("-wal")).size();
    QTextStream &out = context.out;
    out << InfoCommand::tr("Workspace id:    %1").arg(workspace.id()) << Qt::endl;
    out << InfoCommand::tr("Schema version:  %1 (this ClientDesk knows up to %2)")
               .arg(*schema)
               .arg(Migrations::latestVersion())
        << Qt::endl;
    out << InfoCommand::tr("Cipher:          SQLCipher %1, page size %2, journal mode %3")
               .arg(*cipher, *pageSize, *journal)
        << Qt::endl;
    if (slot)
        out << InfoCommand::tr("Key derivation:  scrypt N=%1 r=%2 p=%3")
                   .arg(slot->kdf.n)
                   .arg(slot->kdf.r)
                   .arg(slot->kdf.p)
            << Qt::endl;
    out << InfoCommand::tr("Store size:      %1 KiB").arg(bytes / 1024) << Qt::endl;
    out << InfoCommand::tr("Rows:            %1").arg(counts.join(QStringLiteral(", ")))
        << Qt::endl;
    return 0;
}

} // namespace ClientDesk
