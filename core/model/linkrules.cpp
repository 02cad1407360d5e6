#include "linkrules.h"

#include "document.h"

#include <QCoreApplication>
#include <QSet>

namespace cx {

LinkKey linkKey(const Link& l) { return {l.fromCardId, l.toCardId, l.type}; }

size_t qHash(const LinkKey& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.fromCardId, key.toCardId, int(key.type));
}

Id sameLinkIn(const Document& doc, const LinkKey& key, Id exceptId)
{
    for (Id id : doc.linkIdsOf(key.fromCardId)) {
        const Link* l = doc.link(id);
        if (id != exceptId && l && linkKey(*l) == key)
            return id;
    }
    return 0;
}

QList<LinkRepeat> repeatedLinks(const QList<Link>& links)
{
    QHash<LinkKey, qsizetype> firstOf; // key -> index of its first link
    QList<LinkRepeat> repeats;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const LinkKey key = linkKey(links[i]);
        if (const auto at = firstOf.constFind(key); at != firstOf.cend())
            repeats.append({links[*at], links[i]});
        else
            firstOf.insert(key, i);
    }
    return repeats;
}

QList<Link> withoutRepeats(const QList<Link>& links)
{
    QSet<LinkKey> seen;
    QList<Link> kept;
    for (const Link& l : links) {
        const LinkKey key = linkKey(l);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        kept.append(l);
    }
    return kept;
}

QString linkTypeWords(LinkType type)
{
    switch (type) {
    case LinkType::Feeds:
        return QCoreApplication::translate("cx::LinkType", "feeds");
    case LinkType::Triggers:
        return QCoreApplication::translate("cx::LinkType", "triggers");
    case LinkType::DependsOn:
        return QCoreApplication::translate("cx::LinkType", "depends on");
    case LinkType::Wait:
        return QCoreApplication::translate("cx::LinkType", "waits for");
    }
    return {};
}

QString linkPhrase(LinkType type, const QString& from, const QString& to)
{
    const char* phrase = nullptr;
    switch (type) {
    case LinkType::Feeds:
        phrase = QT_TRANSLATE_NOOP("cx::LinkType", "%1 feeds %2");
        break;
    case LinkType::Triggers:
        phrase = QT_TRANSLATE_NOOP("cx::LinkType", "%1 triggers %2");
        break;
    case LinkType::DependsOn:
        phrase = QT_TRANSLATE_NOOP("cx::LinkType", "%1 depends on %2");
        break;
    case LinkType::Wait:
        phrase = QT_TRANSLATE_NOOP("cx::LinkType", "%1 waits for %2");
        break;
    }
    return phrase ? QCoreApplication::translate("cx::LinkType", phrase).arg(from, to).simplified()
                  : QString();
}

} // namespace cx
