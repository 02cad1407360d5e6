// A team map's cards: their rows, with their lists, dots and comments
// written row by row, and where they sit in their cells: sparse positions
// on the server (teamrows::cellGap apart when published), kept with as few
// rows written as an edit allows, and numbered 0, 1, 2... for the editor.

#include "storetr.h"
#include "teamstore.h"

#include "pg.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <climits>
#include <vector>

namespace cx {

Error TeamStore::putCard(const Card& c)
{
    const Card* before = seenCard(c.id);
    // Its place on the server: where it is (updateCard keeps the place), or
    // the number putCellOrder chose for a card being added.
    Card placed = c;
    if (before) {
        placed.stageId = before->stageId;
        placed.laneId = before->laneId;
        placed.position = before->position;
    } else {
        placed.position = int(m_plannedPositions.contains(c.id)
                                  ? m_plannedPositions.take(c.id)
                                  : endOfCell(c.stageId, c.laneId) + teamrows::cellGap);
    }
    // The card's row first, against its revision: a conflict is found before
    // anything else is written. Its own lists count as the card's.
    const bool lists = !before || before->contributingIds != c.contributingIds ||
                       before->kpis != c.kpis || before->tags != c.tags ||
                       before->actions != c.actions;
    if (Error err = putRow("cards", c.id, teamrows::cardRow(placed), before && lists))
        return err;
    if (Error err = writeCardChildren(c, before))
        return err;
    m_pendingCards.insert(c.id, placed);
    // A review asked for is written by the server (who and when): read back
    // once committed.
    if (c.reviewedAt.isValid() &&
        (!before || before->reviewedAt != c.reviewedAt || before->reviewedBy != c.reviewedBy))
        m_pendingReviews.insert(c.id);
    return {};
}

// A card's lists: contributors, KPIs, tags and actions are written anew when they
// changed; dots and comments row by row, so that a vote or a comment never
// touches anything else.
Error TeamStore::writeCardChildren(const Card& c, const Card* before)
{
    pg::Connection& conn = m_server->connection();
    const QString what = TeamStoreTr::tr("save “%1”").arg(c.title);
    auto rewrite = [&](const char* table, bool changed, const QList<QJsonObject>& rows) -> Error {
        if (!changed)
            return {};
        if (before) {
            const QByteArray sql =
                QByteArray("DELETE FROM cxmap.") + table + " WHERE map_id = $1 AND card_id = $2";
            if (Error err = conn.run(sql.constData(), {m_mapId, c.id}, what))
                return err;
        }
        return teamrows::insertRows(conn, table, m_mapId, rows, what);
    };
    Error err =
        rewrite("card_contributors", !before || before->contributingIds != c.contributingIds,
                teamrows::contributorRows(c));
    err = err ? err : rewrite("card_kpis", !before || before->kpis != c.kpis, teamrows::kpiRows(c));
    err = err ? err : rewrite("card_tags", !before || before->tags != c.tags, teamrows::tagRows(c));
    err = err ? err
              : rewrite("card_actions", !before || before->actions != c.actions,
                        teamrows::actionRows(c));
    const QList<Dot> oldDots = before ? before->dots : QList<Dot>();
    for (const Dot& d : c.dots) {
        if (err || oldDots.contains(d))
            continue;
        err = conn.run("INSERT INTO cxmap.card_votes VALUES ($1, $2, $3, $4) ON CONFLICT "
                       "(map_id, card_id, participant_id) DO UPDATE SET dots = excluded.dots",
                       {m_mapId, c.id, d.participantId, d.count}, what);
    }
    for (const Dot& d : oldDots) {
        if (!err && c.dotsOf(d.participantId) == 0)
            err = conn.run("DELETE FROM cxmap.card_votes WHERE map_id = $1 AND card_id = $2 AND "
                           "participant_id = $3",
                           {m_mapId, c.id, d.participantId}, what);
    }
    err = err ? err : writeComments(c, before);
    return err ? failed(err) : Error{};
}

// A card's comments, each a row of its own found by its words (author, time,
// text): the ones the edit removed are deleted, the ones it added inserted
// after the card's last, so another's comment written at the same moment is
// never overwritten. Only an insertion before the end (an undone deletion)
// renumbers the card's comments.
Error TeamStore::writeComments(const Card& c, const Card* before)
{
    pg::Connection& conn = m_server->connection();
    const QString what = TeamStoreTr::tr("save the comments of “%1”").arg(c.title);
    QList<Comment> removed = before ? before->comments : QList<Comment>();
    QList<Comment> added;
    for (const Comment& m : c.comments) {
        if (!removed.removeOne(m))
            added.append(m);
    }
    auto params = [&](const Comment& m) {
        return pg::Params{m_mapId, c.id, m.author, m.time.toUTC().toString(Qt::ISODateWithMs),
                          m.text};
    };
    const char* one = "(SELECT serial FROM cxmap.card_comments WHERE map_id = $1 AND card_id = $2 "
                      "AND author = $3 AND time = $4::timestamptz AND text = $5 LIMIT 1)";
    for (const Comment& m : removed) {
        const QByteArray sql =
            QByteArray("DELETE FROM cxmap.card_comments WHERE serial = ") + one + " RETURNING 1";
        auto gone = conn.query(sql.constData(), params(m), what);
        if (!gone)
            return gone.error();
        if (gone->count() == 0)
            return {ErrorCode::Conflict,
                    TeamStoreTr::tr("A comment on “%1” was removed by someone else, or is not "
                                    "%2's to remove: nothing was saved.")
                        .arg(c.title, role())};
    }
    for (const Comment& m : added) {
        if (Error err = conn.run(
                "INSERT INTO cxmap.card_comments (map_id, card_id, position, author, time, text) "
                "SELECT $1, $2, coalesce(max(position) + 1, 0), $3, $4::timestamptz, $5 "
                "FROM cxmap.card_comments WHERE map_id = $1 AND card_id = $2",
                params(m), what))
            return err;
    }
    const bool atEnd =
        added.isEmpty() || std::equal(added.cbegin(), added.cend(),
                                      c.comments.cend() - added.size(), c.comments.cend());
    for (qsizetype i = 0; !atEnd && i < c.comments.size(); ++i) {
        pg::Params p = params(c.comments[i]);
        p.append(int(i));
        const QByteArray sql =
            QByteArray("UPDATE cxmap.card_comments SET position = $6 WHERE serial = ") + one;
        if (Error err = conn.run(sql.constData(), p, what))
            return err;
    }
    return {};
}

// The largest position in the cell on the server (as seen), or -cellGap.
qint64 TeamStore::endOfCell(Id stage, Id lane) const
{
    qint64 end = -teamrows::cellGap;
    auto consider = [&](const Card& c) {
        if (c.stageId == stage && c.laneId == lane)
            end = std::max<qint64>(end, c.position);
    };
    for (const Card& c : std::as_const(m_seenCards)) {
        if (!m_pendingCards.contains(c.id))
            consider(c);
    }
    for (const std::optional<Card>& c : std::as_const(m_pendingCards)) {
        if (c)
            consider(*c);
    }
    return end;
}

namespace {

// Which of the cards (at: their server positions, where they are in the cell
// already) keep their numbers: the run, in the cell's new order, of cards
// whose numbers (ties by id) already increase that rewrites least. A card
// this role may not rewrite (writable false) outweighs all the others.
std::vector<bool> keptInOrder(const QList<std::optional<qint64>>& at, const QList<Id>& order,
                              const std::vector<bool>& writable)
{
    using Key = std::pair<qint64, Id>;
    auto key = [&](qsizetype i) { return Key{*at[i], order[i]}; };
    QList<qsizetype> placed;
    for (qsizetype i = 0; i < at.size(); ++i) {
        if (at[i])
            placed.append(i);
    }
    QList<qsizetype> byKey = placed;
    std::sort(byKey.begin(), byKey.end(),
              [&](qsizetype a, qsizetype b) { return key(a) < key(b); });
    QHash<qsizetype, int> rank; // 1, 2, 3... by key
    for (int r = 0; r < byKey.size(); ++r)
        rank.insert(byKey[r], r + 1);
    // The heaviest run ending at a key below r: a Fenwick tree of maxima.
    using Best = std::pair<qint64, qsizetype>; // weight, the index ending it
    std::vector<Best> tree(std::size_t(byKey.size()) + 1, Best{0, -1});
    auto below = [&](int r) {
        Best best{0, -1};
        for (; r > 0; r -= r & -r)
            best = std::max(best, tree[std::size_t(r)]);
        return best;
    };
    auto record = [&](int r, Best b) {
        for (; r < int(tree.size()); r += r & -r)
            tree[std::size_t(r)] = std::max(tree[std::size_t(r)], b);
    };
    const qint64 heavy = at.size() + 1;
    QList<qsizetype> previous(at.size(), -1);
    Best overall{0, -1};
    for (qsizetype i : placed) {
        const Best before = below(rank.value(i) - 1);
        const Best mine{before.first + (writable[std::size_t(i)] ? 1 : heavy), i};
        previous[i] = before.second;
        record(rank.value(i), mine);
        overall = std::max(overall, mine);
    }
    std::vector<bool> keep(std::size_t(at.size()), false);
    for (qsizetype i = overall.second; i >= 0; i = previous[i])
        keep[std::size_t(i)] = true;
    return keep;
}

// Numbers for a cell's cards where fixed ones keep theirs: each run of the
// others takes numbers spread evenly between its neighbours' (cellGap apart
// at an end of the cell). False when a run has no room.
bool spread(const QList<std::optional<qint64>>& fixed, QList<qint64>& wanted)
{
    const qsizetype n = fixed.size();
    wanted.resize(n);
    for (qsizetype i = 0; i < n;) {
        if (fixed[i]) {
            wanted[i] = *fixed[i];
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && !fixed[j])
            ++j;
        const qint64 k = j - i;
        const qint64 gap = teamrows::cellGap;
        const qint64 low = i > 0 ? wanted[i - 1] : (j < n ? *fixed[j] - gap * (k + 1) : -gap);
        const qint64 high = j < n ? *fixed[j] : low + gap * (k + 1);
        if (high - low <= k || low < INT_MIN || high > INT_MAX)
            return false;
        for (qint64 m = 0; m < k; ++m)
            wanted[i + m] = low + (high - low) * (m + 1) / (k + 1);
        i = j;
    }
    return true;
}

} // namespace

// A cell in its new order, with as few rows written as it takes: the cards
// whose numbers are already in order keep them; each card that moved, or is
// being added, takes a number between its neighbours'. Only when two
// neighbours leave no room is the cell numbered anew, cellGap apart, around
// the cards this role may not rewrite (other departments' for a member).
Error TeamStore::putCellOrder(Id stage, Id lane, const QList<Id>& order, const QList<int>&)
{
    const qsizetype n = order.size();
    QList<std::optional<qint64>> at(n);
    std::vector<bool> writable(std::size_t(n), true);
    for (qsizetype i = 0; i < n; ++i) {
        const Card* c = seenCard(order[i]);
        if (c && c->stageId == stage && c->laneId == lane)
            at[i] = c->position;
        if (c)
            writable[std::size_t(i)] = cardRefusal(c->accountableId).isEmpty();
    }
    const std::vector<bool> keep = keptInOrder(at, order, writable);
    QList<std::optional<qint64>> fixed(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[std::size_t(i)])
            fixed[i] = at[i];
    }
    QList<qint64> wanted;
    if (!spread(fixed, wanted)) {
        for (qsizetype i = 0; i < n; ++i) {
            if (writable[std::size_t(i)])
                fixed[i].reset();
        }
        if (!spread(fixed, wanted))
            return {ErrorCode::NoPermission,
                    TeamStoreTr::tr("There is no room left in this cell between other "
                                    "departments' cards: a facilitator of the map can tidy it by "
                                    "moving one of its cards.")};
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (at[i] && *at[i] == wanted[i])
            continue;
        const Card* c = seenCard(order[i]);
        if (!c) { // being added: putCard writes it there
            m_plannedPositions.insert(order[i], wanted[i]);
            continue;
        }
        Card moved = *c;
        moved.stageId = stage;
        moved.laneId = lane;
        moved.position = int(wanted[i]);
        if (Error err = putRow("cards", moved.id, teamrows::cardRow(moved)))
            return err;
        m_pendingCards.insert(moved.id, moved);
    }
    return {};
}

} // namespace cx
