#pragma once

// When two links are the same link. A link is itself by the cards it joins, in
// its direction, and its type; its label does not count. So a second "A feeds
// B" is a duplicate, whatever its label, and is refused wherever links come in
// (the edit facade, JSON import, the card clipboard); "B feeds A" and "A
// triggers B" are other links. (Impact flows from -> to for feeds, so "A feeds
// B" and "B feeds A" say different things; a "depends on" flows to -> from and
// is a different type, so it is never a duplicate of a "feeds" either.)
// A file that already holds duplicates opens as it is; `cxmap check` lists them.

#include "types.h"

#include <QHash>

namespace cx {

class Document;

// What makes a link itself.
struct LinkKey
{
    Id fromCardId = 0;
    Id toCardId = 0;
    LinkType type = LinkType::Feeds;
    bool operator==(const LinkKey&) const = default;
};

LinkKey linkKey(const Link& l);
size_t qHash(const LinkKey& key, size_t seed = 0) noexcept;

// The id of a link of doc, other than 'exceptId', with this key; 0 if none.
Id sameLinkIn(const Document& doc, const LinkKey& key, Id exceptId = 0);

// A link of a list that repeats an earlier one.
struct LinkRepeat
{
    Link first;
    Link repeat;
};

// Each link of 'links' that has the key of an earlier one, with the first of
// them, in list order.
QList<LinkRepeat> repeatedLinks(const QList<Link>& links);

// The links without their repeats: the first of each key is kept, in order.
QList<Link> withoutRepeats(const QList<Link>& links);

// How a message names a link's type between two card titles: "feeds",
// "triggers", "depends on", "waits for" (as the canvas says it).
QString linkTypeWords(LinkType type);
// "A feeds B" as one sentence of the loaded language (a German verb may go
// around B: "A löst B aus"); from and to as they should read.
QString linkPhrase(LinkType type, const QString& from, const QString& to);

} // namespace cx
