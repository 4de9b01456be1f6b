// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ImportCsvCommand.h"

#include "app/AppLog.h"
#include "models/store/CsvImporter.h"
#include "models/store/CsvReader.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace ClientDesk {

namespace {
using Mapping = QList<std::pair<QString, QString>>;

std::optional<CsvImporter::Entity> entityOf(const QCommandLineParser &parser)
{
    if (!parser.isSet(ImportCsvCommand::EntityOption))
        return CsvImporter::Entity::Clients;
    const QString value = parser.value(ImportCsvCommand::EntityOption).trimmed().toLower();
    if (value == QLatin1String("clients"))
        return CsvImporter::Entity::Clients;
    if (value == QLatin1String("contacts"))
        return CsvImporter::Entity::Contacts;
    return std::nullopt;
}

// The --map COLUMN=field pairs, in order. The last '=' splits: a field name never holds one.
Result<Mapping> explicitMapping(const QCommandLineParser &parser, CsvImporter::Entity entity)
{
    const QStringList fields = CsvImporter::fields(entity);
    Mapping mapping;
    for (const QString &value : parser.values(ImportCsvCommand::MapOption)) {
        const qsizetype at = value.lastIndexOf(QLatin1Char('='));
        const QString column = value.left(at).trimmed();
        const QString field = value.mid(at + 1).trimmed();
        if (at < 0 || column.isEmpty())
            return Error(
                ErrorKind::Usage,
                ImportCsvCommand::tr("--map takes COLUMN=FIELD, such as --map \"E-Mail=email\"."));
        if (!field.isEmpty() && !fields.contains(field))
            return Error(
                ErrorKind::Usage,
                ImportCsvCommand::tr("\"%1\" is not a field you can import; the fields are %2.")
                    .arg(field, fields.join(QStringLiteral(", "))));
        mapping << std::pair {column, field};
    }
    return mapping;
}

// The suggested mapping of the file's header with the --map pairs laid over it: a pair replaces
// its column's suggestion and takes its field from the column it was suggested for.
Result<QHash<QString, QString>> mappingFor(QFile &file, CsvImporter::Entity entity,
                                           const Mapping &explicitPairs)
{
    if (explicitPairs.isEmpty())
        return QHash<QString, QString>();
    if (file.isSequential())
        return Error(ErrorKind::Usage,
                     ImportCsvCommand::tr(
                         "--map needs a file that can be read twice, not a pipe; save the data "
                         "to a file first."));
    QStringList header;
    {
        CsvReader reader(file);
        if (reader.next() == CsvReader::Step::Record)
            header = reader.record().fields;
    }
    if (!file.seek(0))
        return Error(ErrorKind::Io,
                     ImportCsvCommand::tr("Could not read the file: %1").arg(file.errorString()));
    QHash<QString, QString> mapping = CsvImporter::suggestMapping(entity, header);
    for (const auto &[column, field] : explicitPairs) {
        for (auto it = mapping.begin(); it != mapping.end();) {
            const bool sameColumn = it.key().trimmed().compare(column, Qt::CaseInsensitive) == 0;
            if (sameColumn || (!field.isEmpty() && it.value() == field))
                it = mapping.erase(it);
            else
                ++it;
        }
        mapping.insert(column, field);
    }
    return mapping;
}

QString importedMessage(CsvImporter::Entity entity, qint64 count)
{
    if (entity == CsvImporter::Entity::Contacts)
        return count == 1 ? ImportCsvCommand::tr("Imported 1 contact.")
                          : ImportCsvCommand::tr("Imported %1 contacts.").arg(count);
    return count == 1 ? ImportCsvCommand::tr("Imported 1 client.")
                      : ImportCsvCommand::tr("Imported %1 clients.").arg(count);
}
} // namespace

const QCommandLineOption ImportCsvCommand::EntityOption(
    QStringLiteral("entity"),
    QCoreApplication::translate("ClientDesk::ImportCsvCommand",
                                "What the file holds: clients (the default) or contacts."),
    QStringLiteral("clients|contacts"));
const QCommandLineOption ImportCsvCommand::MapOption(
    QStringLiteral("map"),
    QCoreApplication::translate("ClientDesk::ImportCsvCommand",
                                "Read the column COLUMN into FIELD (repeatable); an empty FIELD "
                                "skips the column. Other columns are matched by their names."),
    QStringLiteral("COLUMN=FIELD"));

QString ImportCsvCommand::description() const
{
    return ImportCsvCommand::tr(
        "Import clients or contacts from a CSV file; nothing is imported unless every row "
        "is valid.");
}

void ImportCsvCommand::addOptions(QCommandLineParser &parser) const
{
    WorkspaceCommand::addOptions(parser);
    parser.addOption(EntityOption);
    parser.addOption(MapOption);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        ImportCsvCommand::tr(
            "The CSV file: UTF-8 (or UTF-16 with a byte order mark), a header row, separated by "
            "commas, semicolons or tabs."));
}

Result<void> ImportCsvCommand::checkOptions(const QCommandLineParser &parser) const
{
    const auto entity = entityOf(parser);
    if (!entity)
        return Error(ErrorKind::Usage,
                     ImportCsvCommand::tr("--entity is either clients or contacts."));
    if (auto mapping = explicitMapping(parser, *entity); !mapping)
        return mapping.error();
    // Checked before the passphrase is asked for: a mistyped path costs no key derivation.
    const QString path = parser.positionalArguments().value(0);
    const QFileInfo info(path);
    if (!info.exists())
        return Error(
            ErrorKind::Io,
            ImportCsvCommand::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.isDir() || !info.isReadable())
        return Error(ErrorKind::Io,
                     ImportCsvCommand::tr("%1 is not a file you can read.")
                         .arg(QDir::toNativeSeparators(path)));
    return {};
}

int ImportCsvCommand::executeOn(Workspace &workspace, const QCommandLineParser &parser,
                                CliContext &context)
{
    const CsvImporter::Entity entity = entityOf(parser).value_or(CsvImporter::Entity::Clients);
    const QString path = parser.positionalArguments().value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(context,
                    Error(ErrorKind::Io,
                          ImportCsvCommand::tr("Could not read %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString())));
    auto pairs = explicitMapping(parser, entity);
    if (!pairs)
        return fail(context, pairs.error());
    auto mapping = mappingFor(file, entity, *pairs);
    if (!mapping)
        return fail(context, mapping.error());

    auto report = CsvImporter(workspace.store()).import(file, entity, *mapping);
    if (!report)
        return fail(context, report.error());
    if (!report->errors.isEmpty()) {
        qCInfo(lcApp) << "csv import refused:" << report->errors.size() << "problems";
        for (const CsvImporter::RowError &error : std::as_const(report->errors))
            context.err << error.message << Qt::endl;
        context.err << ImportCsvCommand::tr("Nothing was imported.") << Qt::endl;
        return static_cast<int>(ErrorKind::InvalidInput);
    }
    qCInfo(lcApp) << "csv import wrote" << report->imported << "rows";
    context.out << importedMessage(entity, report->imported) << Qt::endl;
    return 0;
}

} // namespace ClientDesk
