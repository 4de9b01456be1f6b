// SPDX-License-Identifier: GPL-3.0-or-later
// One result of a search: what it is, its id, and two lines of text to show.
#pragma once

#include "models/store/SearchIndex.h"

#include <QMetaType>
#include <QString>

namespace ClientDesk {

class SearchHit
{
public:
    SearchIndex::Kind kind = SearchIndex::Kind::Client;
    QString id;
    // The client a contact, project or invoice belongs to (empty for a client).
    QString clientId;
    QString title;
    QString detail;
};

} // namespace ClientDesk

Q_DECLARE_METATYPE(ClientDesk::SearchHit)
