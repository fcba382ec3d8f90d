#include "live/StationStateWriter.h"

#include "map/VectorLayer.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace rc {

bool StationStateWriter::write(VectorLayer &layer, const QList<StationState> &states)
{
  if (layer.state() != MapLayer::State::Ready || !layer.features() || states.isEmpty())
    return false;
  const int keyField = layer.features()->fieldIndex(u"stcd"_s);
  if (keyField < 0)
    return false;
  const int zField = layer.ensureField({u"z"_s, FieldType::Real, {}});
  const int tmField = layer.ensureField({u"tm"_s, FieldType::String, {}});
  const int wrzField = layer.ensureField({u"wrz"_s, FieldType::Real, {}});
  const int grzField = layer.ensureField({u"grz"_s, FieldType::Real, {}});
  const int stateField = layer.ensureField({u"level_state"_s, FieldType::String, {}});
  const std::shared_ptr<const FeatureStore> store = layer.features();

  QHash<QString, const StationState *> byCode;
  for (const StationState &state : states)
    byCode.insert(state.stcd, &state);
  std::vector<AttributeChange> changes;
  const auto change = [&](std::uint32_t feature, int field, const QVariant &value) {
    const QVariant current = store->attribute(feature, field);
    if (current.isNull() != value.isNull() || (!value.isNull() && current != value))
      changes.push_back({feature, field, value});
  };
  const auto optional = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
  for (std::uint32_t f = 0; f < store->featureCount(); ++f) {
    const StationState *state = byCode.value(store->text(f, keyField).trimmed());
    if (!state)
      continue;
    change(f, zField, optional(state->z));
    change(f, tmField, state->tm.isValid() ? QVariant(state->tm.toUTC().toString(Qt::ISODate)) : QVariant());
    change(f, wrzField, optional(state->wrz));
    change(f, grzField, optional(state->grz));
    change(f, stateField, state->state ? QVariant(levelStateName(*state->state)) : QVariant());
  }
  if (changes.empty())
    return false;
  layer.setAttributeValues(changes);
  return true;
}

} // namespace rc
