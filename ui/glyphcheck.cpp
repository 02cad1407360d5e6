#include "glyphcheck.h"

#include "canvas/canvasstyle.h"
#include "model/document.h"
#include "model/shorttext.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>

#include <algorithm>

namespace cx {

namespace {

// The context of this file's messages for the translators (lupdate reads it).
struct GlyphsTr
{
    Q_DECLARE_TR_FUNCTIONS(cx::Glyphs)
};

// Characters drawn as nothing by design: controls, joiners and direction
// marks, variation selectors and other marks, spaces.
bool drawsNothing(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Whether any installed font has a glyph for c (Qt falls back to it from the
// map's font); remembered, as fonts do not change while the program runs.
// Each family is asked once, by its character map: the glyphs of a laid-out
// text do not tell, as shaping puts a placeholder glyph for an unknown script.
bool drawable(char32_t c)
{
    // The map's own font has most: the installed families are asked only
    // for what it lacks.
    static const QRawFont own = QRawFont::fromFont(canvas::titleFont());
    if (own.supportsCharacter(uint(c)))
        return true;
    static QHash<char32_t, bool> known;
    if (const auto it = known.constFind(c); it != known.cend())
        return it.value();
    static const QList<QRawFont> fonts = [] {
        QList<QRawFont> all;
        for (const QString& family : QFontDatabase::families()) {
            const QRawFont raw = QRawFont::fromFont(QFont(family));
            if (raw.isValid())
                all.append(raw);
        }
        return all;
    }();
    const bool found = std::any_of(fonts.cbegin(), fonts.cend(), [c](const QRawFont& font) {
        return font.supportsCharacter(uint(c));
    });
    known.insert(c, found);
    return found;
}

} // namespace

QString MissingGlyphs::warning() const
{
    if (isEmpty())
        return {};
    // Named by code point: the characters themselves are what cannot be shown.
    QStringList codes;
    const QList<uint> all = characters.toUcs4();
    for (qsizetype i = 0; i < all.size() && i < 8; ++i)
        codes << QStringLiteral("U+%1").arg(
            QString::number(all[i], 16).toUpper().rightJustified(4, u'0'));
    if (all.size() > 8)
        codes << GlyphsTr::tr("%1 more").arg(all.size() - 8);
    QStringList quoted;
    for (const QString& title : cards.mid(0, 5))
        quoted << inQuotes(title);
    if (cards.size() > 5)
        quoted << GlyphsTr::tr("%1 more").arg(cards.size() - 5);
    return GlyphsTr::tr(
               "No installed font has the characters %1: the export leaves them out of %2 (%3). "
               "Installing fonts-noto-core and fonts-noto-cjk draws most scripts.")
        .arg(codes.join(QStringLiteral(", ")),
             GlyphsTr::tr("%n card(s)", nullptr, int(cards.size())),
             quoted.join(QStringLiteral(", ")));
}

MissingGlyphs missingGlyphs(const Document& doc, const QList<Id>& journeyIds)
{
    MissingGlyphs missing;
    const QList<Id> journeys = journeyIds.isEmpty() ? doc.journeyIds() : journeyIds;
    for (Id journey : journeys) {
        for (Id id : doc.cardIdsOfJourney(journey)) {
            const Card* card = doc.card(id);
            const QString text =
                QStringList{card->title, card->description, card->channel, card->tags.join(u' ')}
                    .join(u' ');
            bool lost = false;
            for (const char32_t c : text.toUcs4()) {
                if (drawsNothing(c) || drawable(c))
                    continue;
                lost = true;
                const QString character = QString::fromUcs4(&c, 1);
                if (!missing.characters.contains(character))
                    missing.characters += character;
            }
            if (lost)
                missing.cards << card->title.simplified();
        }
    }
    return missing;
}

} // namespace cx
