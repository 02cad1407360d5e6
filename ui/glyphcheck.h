#pragma once

// Text that no installed font can draw. Qt falls back from the map's font to
// any installed font that has a character; a character that none has is left
// out of a PDF, PNG or SVG without a word. Before an export, the journeys'
// card texts are checked so that the command line and the export dialogs can
// say which cards lose what (and which fonts would help).

#include "model/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cx {

class Document;

struct MissingGlyphs
{
    QString characters; // each missing character once, in order of first sight
    QStringList cards;  // the titles of the cards that hold them
    bool isEmpty() const { return characters.isEmpty(); }
    // "No installed font has ... : the cards “A” and “B” lose them in the export. ..."
    QString warning() const;
};

// The characters of the journeys' cards (title, description, channel, tags)
// that no installed font has; journeyIds empty = every journey.
MissingGlyphs missingGlyphs(const Document& doc, const QList<Id>& journeyIds);

} // namespace cx
