// SPDX-License-Identifier: GPL-3.0-or-later
// The numbered schema migrations of the store, oldest first; a store's user_version is the last one
// applied.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ClientDesk {

class Migrations
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QStringList statements;
    };

    static const QList<Migration> &all();
    static int latestVersion();
};

} // namespace ClientDesk
