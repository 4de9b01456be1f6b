// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/StoreError.h"

#include "models/store/StoreLog.h"

#include <QCoreApplication>

namespace ClientDesk {

Error StoreError::from(const QSqlError &error)
{
    // The primary result code; the driver reports it as the native code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    qCWarning(lcStore) << "store error, sqlite code" << code;
    switch (code) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error(ErrorKind::InvalidInput,
                     tr("The store file is damaged and cannot be read with its key. Restore it "
                        "from a backup."));
    case 13: // SQLITE_FULL
        return Error(ErrorKind::Io, tr("The disk is full. Free some space and try again."));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error(ErrorKind::Io, tr("The store is in use by another ClientDesk process."));
    case 8: // SQLITE_READONLY
        return Error(ErrorKind::Io, tr("The store is read-only here."));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Error(ErrorKind::Io,
                     tr("The store file could not be read or written (a disk or "
                        "permission problem)."));
    case 19: // SQLITE_CONSTRAINT
        return Error(ErrorKind::InvalidInput,
                     tr("The change conflicts with other data: it refers to something that no "
                        "longer exists, or repeats a value that must be unique."));
    case 9: // SQLITE_INTERRUPT
        return Error(ErrorKind::Io, tr("The operation was cancelled."));
    default:
        break;
    }
    return Error(ErrorKind::Io, tr("The store reported an internal error (code %1).").arg(code));
}

} // namespace ClientDesk
