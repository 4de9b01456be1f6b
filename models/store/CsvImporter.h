// SPDX-License-Identifier: GPL-3.0-or-later
// Imports clients or contacts from a CSV file, all or nothing: every row is checked before the
// first one is written, and the writes share one transaction.
#pragma once

#include "models/domain/Result.h"
#include "models/store/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

namespace ClientDesk {

class Store;

class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::CsvImporter)

public:
    enum class Entity { Clients, Contacts };

    // A problem with the file; `line` is where the row starts (0 for the closing summary). The
    // message names the line and the column but never repeats a value: it may be logged.
    struct RowError
    {
        qint64 line = 0;
        QString message;
    };

    // Either rows were imported (no errors) or nothing was (errors say why).
    struct Report
    {
        qint64 imported = 0;
        QList<RowError> errors;
    };

    // Errors past this many are summed up in one closing "… and N more" entry.
    static constexpr qsizetype MaxErrors = 1000;
    // The progress callback is called after this many rows, and at the end of each pass.
    static constexpr qint64 ProgressInterval = 100;
    // Input that cannot seek (a pipe) is copied to a temporary file first, up to this size.
    static constexpr qint64 MaxCopyBytes = qint64(1) << 30;

    explicit CsvImporter(Store &store);

    // Limits of the CSV reader (field size, row count, ...); tests lower them.
    void setLimits(const CsvReader::Limits &limits) { m_limits = limits; }

    // The fields a column can be mapped to, by their stable keys ("name", "legal_name", ...).
    // A contact's "client" is matched to a client by id or by name (case-insensitively).
    static QStringList fields(Entity entity);
    // Header column → field for the columns whose name (ignoring case, spaces, punctuation and
    // accents) is a field's key or a common synonym in English, German or French ("Firma",
    // "Courriel", "Telefon", ...). Each field is suggested for one column at most.
    static QHash<QString, QString> suggestMapping(Entity entity, const QStringList &header);

    // Reads `csv` from its current position. `mapping` is header column → field (a column
    // mapped to an empty field is ignored); empty means suggestMapping(). First every row is
    // checked; any problem returns a Report of all of them, and the store is not touched.
    // Otherwise every row is written in one transaction (each with its audit and outbox
    // entries) and the Report holds the count. An Error means nothing was imported either: the
    // file could not be read, the store failed, or `progress` returned false (cancelled).
    // `progress` gets the rows done so far, first while checking, then again while writing.
    Result<Report> import(QIODevice &csv, Entity entity, const QHash<QString, QString> &mapping,
                          const std::function<bool(qint64 rows)> &progress = {});

private:
    Store &m_store;
    CsvReader::Limits m_limits;
};

} // namespace ClientDesk
