#pragma once

// `cxmap impact FILE (--card TITLE | --card-id N) [--journey NAME] [--json]`:
// the domino effect of one card, both ways (analysis/chains.h). Forward, what
// its impact reaches, with the customer moments among it and how many are
// unhappy; backward, what reaches it, with the root causes (back-stage and
// support processes) and their departments. Text for people (two trees and
// a summary sentence) or JSON for scripts.
//
// --card matches a title regardless of case and of spaces around it, within
// --journey if given. No match, or several (listed with their ids, so that
// --card-id can pick one), exits with 1.

#include "model/result.h"
#include "model/types.h"

#include "analysis/chains.h"

#include <QString>
#include <QStringList>

namespace cx::cli {

int cmdImpact(const QStringList& args);

// The one placed card titled `title` (as --card matches it, in every
// journey); the error names the file and lists the ids of several.
Result<Id> cardNamed(const DocumentData& data, const QString& file, const QString& title);

// "Reaches 8 customer moments, 4 unhappy; root causes: 3 processes of
// Billing & Finance and IT."
QString impactSentence(const DocumentData& data, const analysis::ChainSummary& summary);

QString impactText(const DocumentData& data, const analysis::CardChains& chains);
QString impactJson(const DocumentData& data, const analysis::CardChains& chains);

} // namespace cx::cli
