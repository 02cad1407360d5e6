#pragma once

// The JSON form of a map's structure objects, as the document format writes
// them (jsonformat.h) and the history records them (model/history.h). Their
// children (a journey's stages, lanes, cards) are not included.

#include "model/types.h"

#include <QJsonObject>

namespace cx::json {

QJsonObject departmentToJson(const Department& d);
QJsonObject personaToJson(const Persona& p);
QJsonObject participantToJson(const Participant& p);
QJsonObject journeyToJson(const Journey& j); // without stages, lanes, cards, links
QJsonObject stageToJson(const Stage& s);
QJsonObject laneToJson(const Lane& l);

} // namespace cx::json
