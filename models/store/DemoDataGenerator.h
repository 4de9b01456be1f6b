// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a workspace with realistic demo data from a seed (DATA.md, "Data sets for tests and
// benchmarks"): the same seed and clock always give the same rows, ids included.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <span>

namespace ClientDesk {

class Store;

class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::DemoDataGenerator)

public:
    // S for tests, M the benchmark size, L the scale check.
    enum class Size { S, M, L };

    // Rows per table; generate() writes exactly these.
    struct Counts
    {
        qint64 clients = 0;
        qint64 contacts = 0;
        qint64 projects = 0;
        qint64 deliverables = 0;
        qint64 invoices = 0;
        qint64 invoiceLines = 0;

        qint64 total() const
        {
            return clients + contacts + projects + deliverables + invoices + invoiceLines;
        }
        bool operator==(const Counts &other) const = default;
    };

    // Work done so far and in all (each row written, then each client, contact, project and
    // invoice indexed for search); returning false cancels: generate() then fails with an
    // InvalidInput error and nothing is kept.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Where the generator writes: the statements of its bulk load and, between them, the rows.
    // The store's sink writes through QSQLCIPHER; the benchmark writes the same load through
    // the raw sqlite3 C API, to compare the two on the same rows and schema (bench/README.md).
    class Sink
    {
    public:
        virtual ~Sink() = default;
        // Runs one statement with `values` bound to its ? placeholders, after writing every row
        // held back.
        virtual Result<void> run(const QString &sql, const QVariantList &values = {}) = 0;
        // Runs a check that must find nothing (PRAGMA foreign_key_check), after writing every
        // row held back: true when it found rows.
        virtual Result<bool> findsRows(const QString &sql) = 0;
        // Prepares one table's insert (one ? per value of a row) and returns its number.
        virtual Result<int> prepareRows(const QString &sql) = 0;
        // One row of a prepared insert: a null QVariant writes NULL, a QString, even a null
        // one, text. Rows may be held back and written in batches, but never before the rows
        // of an insert prepared earlier that were added before them: parents are prepared
        // first, so every row finds its parent even while references are checked.
        virtual Result<void> addRow(int insert, std::span<const QVariant> values) = 0;
    };

    DemoDataGenerator(Store &store, quint64 seed);

    // M: 100 000 clients with 2.5 contacts, 1 project, 3 deliverables, 2 invoices and 6 invoice
    // lines each on average; S has 1 000 clients and L 1 000 000, in the same proportions.
    static Counts counts(Size size);
    // "S", "M" or "L", in either case.
    static std::optional<Size> sizeFromName(const QString &name);
    // The number series of generated invoices: "2025-GEN001-0042". invoice_series holds its last
    // number per year, so issuing more invoices in it continues without a gap.
    static QString invoiceSeries();

    // Writes the rows, their search documents and one audit entry per table filled, in one
    // transaction: all of it or, on an error or a cancel, none. Demo data is local: it never
    // enters the sync outbox. Meant for an empty workspace: a seed already used there collides.
    Result<Counts> generate(Size size, const Progress &progress = {});
    Result<Counts> generate(const Counts &counts, const Progress &progress = {});

    // What generate() writes inside its transaction, written to `sink` instead, for a store
    // whose reference checks are off as generate() turns them off: the secondary indexes
    // dropped, the rows, their search documents, the invoice series, the indexes made again,
    // the references checked and the lists' counts. Only the audit entries are left out. It
    // reads what it needs from the store (agency profile, indexes, series) and writes nothing
    // there: the benchmark records it to write again through the raw C API.
    Result<Counts> writeTo(Sink &sink, const Counts &counts, const Progress &progress = {});

private:
    Store &m_store;
    quint64 m_seed;
};

} // namespace ClientDesk
