#include "data/FeatureStore.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace rc {

int FeatureStore::fieldIndex(const QString &name) const
{
  for (int i = 0; i < m_fields.size(); ++i)
    if (m_fields[i].name.compare(name, Qt::CaseInsensitive) == 0)
      return i;
  return -1;
}

FeatureStore::Ring FeatureStore::ring(std::size_t feature, std::size_t ringInFeature) const
{
  const std::size_t r = m_featureRingStart[feature] + ringInFeature;
  const std::size_t begin = m_ringStart[r], end = m_ringStart[r + 1];
  return {std::span<const double>(m_xy.data() + 2 * begin, 2 * (end - begin)), m_ringStartsPart[r]};
}

BBox FeatureStore::featureBounds(std::size_t feature) const
{
  BBox box;
  const std::size_t begin = m_ringStart[m_featureRingStart[feature]];
  const std::size_t end = m_ringStart[m_featureRingStart[feature + 1]];
  for (std::size_t v = begin; v < end; ++v)
    box.include(m_xy[2 * v], m_xy[2 * v + 1]);
  return box;
}

std::shared_ptr<const FeatureStore>
FeatureStore::withAttributes(std::span<const AttributeChange> changes) const
{
  auto copy = std::make_shared<FeatureStore>(*this);
  // Text columns are packed back to back: collect their new values, then repack each once.
  std::vector<std::vector<std::optional<QByteArray>>> newText(m_columns.size());
  for (const AttributeChange &change : changes) {
    if (change.feature >= featureCount() || change.field < 0 || change.field >= int(m_columns.size()))
      throw std::invalid_argument("attribute change out of range");
    Column &c = copy->m_columns[change.field];
    const bool null = change.value.isNull();
    bool ok = true;
    switch (c.type) {
    case FieldType::Integer:
      c.integers[change.feature] = null ? 0 : change.value.toLongLong(&ok);
      break;
    case FieldType::Real: {
      const double value = null ? 0 : change.value.toDouble(&ok);
      ok = ok && std::isfinite(value);
      c.reals[change.feature] = value;
      break;
    }
    case FieldType::String: {
      auto &pending = newText[std::size_t(change.field)];
      if (pending.empty())
        pending.resize(featureCount());
      pending[change.feature] = change.value.toString().toUtf8();
      break;
    }
    }
    if (!ok)
      throw std::invalid_argument("attribute value does not fit its column");
    c.nulls[change.feature] = null;
  }
  for (std::size_t field = 0; field < newText.size(); ++field) {
    if (newText[field].empty())
      continue;
    const Column &old = m_columns[field];
    Column &c = copy->m_columns[field];
    c.text.clear();
    c.textStart.assign(1, 0);
    for (std::size_t f = 0; f < featureCount(); ++f) {
      if (const auto &value = newText[field][f]) {
        if (!c.nulls[f])
          c.text.insert(c.text.end(), value->begin(), value->end());
      } else {
        c.text.insert(c.text.end(), old.text.begin() + old.textStart[f],
                      old.text.begin() + old.textStart[f + 1]);
      }
      c.textStart.push_back(std::uint32_t(c.text.size()));
    }
  }
  return copy;
}

std::shared_ptr<const FeatureStore> FeatureStore::withField(const Field &field) const
{
  if (fieldIndex(field.name) >= 0)
    throw std::invalid_argument("field exists");
  auto copy = std::make_shared<FeatureStore>(*this);
  copy->m_fields.append(field);
  Column c;
  c.type = field.type;
  c.nulls.assign(featureCount(), true);
  switch (field.type) {
  case FieldType::Integer:
    c.integers.assign(featureCount(), 0);
    break;
  case FieldType::Real:
    c.reals.assign(featureCount(), 0);
    break;
  case FieldType::String:
    c.textStart.assign(featureCount() + 1, 0);
    break;
  }
  copy->m_columns.push_back(std::move(c));
  return copy;
}

bool FeatureStore::isNull(std::size_t feature, int field) const
{
  return m_columns[field].nulls[feature];
}

QVariant FeatureStore::attribute(std::size_t feature, int field) const
{
  const Column &c = m_columns[field];
  if (c.nulls[feature])
    return {};
  switch (c.type) {
  case FieldType::Integer:
    return QVariant::fromValue(c.integers[feature]);
  case FieldType::Real:
    return c.reals[feature];
  case FieldType::String:
    break;
  }
  return text(feature, field);
}

double FeatureStore::real(std::size_t feature, int field) const
{
  const Column &c = m_columns[field];
  if (c.nulls[feature])
    return std::numeric_limits<double>::quiet_NaN();
  switch (c.type) {
  case FieldType::Integer:
    return double(c.integers[feature]);
  case FieldType::Real:
    return c.reals[feature];
  case FieldType::String:
    break;
  }
  bool ok = false;
  const double value = text(feature, field).toDouble(&ok);
  return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

QString FeatureStore::text(std::size_t feature, int field) const
{
  return columnText(m_columns[field], feature);
}

QString FeatureStore::columnText(const Column &c, std::size_t feature)
{
  if (c.nulls[feature])
    return {};
  switch (c.type) {
  case FieldType::Integer:
    return QString::number(c.integers[feature]);
  case FieldType::Real:
    return QString::number(c.reals[feature], 'g', 15);
  case FieldType::String:
    break;
  }
  const std::uint32_t begin = c.textStart[feature], end = c.textStart[feature + 1];
  return QString::fromUtf8(c.text.data() + begin, qsizetype(end - begin));
}

QString FeatureStore::clearText(std::size_t feature, int field) const
{
  if (m_clear)
    if (const auto it = m_clear->find(field); it != m_clear->end())
      return columnText(it->second, feature);
  return text(feature, field);
}

std::shared_ptr<const FeatureStore>
FeatureStore::withMaskedColumns(std::span<const MaskedColumn> columns) const
{
  auto copy = std::make_shared<FeatureStore>(*this);
  auto clear =
      m_clear ? std::make_shared<std::map<int, Column>>(*m_clear) : std::make_shared<std::map<int, Column>>();
  for (const MaskedColumn &masked : columns) {
    if (masked.field < 0 || masked.field >= int(m_columns.size()) || masked.values.size() != featureCount())
      throw std::invalid_argument("masked column out of range");
    Column &c = copy->m_columns[std::size_t(masked.field)];
    // A column masked twice keeps the values it was first masked from.
    clear->try_emplace(masked.field, std::move(c));
    c = {};
    c.type = FieldType::String;
    c.nulls = m_columns[std::size_t(masked.field)].nulls;
    c.textStart.reserve(featureCount() + 1);
    c.textStart.push_back(0);
    for (std::size_t f = 0; f < featureCount(); ++f) {
      if (!c.nulls[f]) {
        const QByteArray utf8 = masked.values[f].toUtf8();
        c.text.insert(c.text.end(), utf8.begin(), utf8.end());
      }
      c.textStart.push_back(std::uint32_t(c.text.size()));
    }
    copy->m_fields[masked.field].type = FieldType::String;
  }
  copy->m_clear = std::move(clear);
  return copy;
}

std::vector<std::uint32_t> FeatureStore::featuresIn(const BBox &box) const
{
  std::vector<std::uint32_t> result;
  if (box.contains(m_extent)) {
    result.reserve(featureCount());
    for (std::uint32_t i = 0; i < featureCount(); ++i)
      if (m_kind[i] != GeometryKind::Empty)
        result.push_back(i);
    return result;
  }
  m_index.query(box, result);
  std::sort(result.begin(), result.end());
  return result;
}

std::size_t FeatureStore::memoryUsage() const
{
  std::size_t bytes = m_xy.capacity() * sizeof(double) + m_ringStart.capacity() * 4 +
                      m_ringStartsPart.capacity() / 8 + m_featureRingStart.capacity() * 4 +
                      m_fid.capacity() * 8 + m_kind.capacity() + m_index.memoryUsage();
  for (const Column &c : m_columns)
    bytes += c.integers.capacity() * 8 + c.reals.capacity() * 8 + c.text.capacity() +
             c.textStart.capacity() * 4 + c.nulls.capacity() / 8;
  return bytes;
}

FeatureStoreBuilder::FeatureStoreBuilder(Fields fields)
    : m_store(std::make_unique<FeatureStore>()), m_fieldSet(fields.size(), false)
{
  m_store->m_columns.resize(fields.size());
  for (int i = 0; i < fields.size(); ++i) {
    m_store->m_columns[i].type = fields[i].type;
    if (fields[i].type == FieldType::String)
      m_store->m_columns[i].textStart.push_back(0);
  }
  m_store->m_fields = std::move(fields);
  m_store->m_featureRingStart.push_back(0);
  m_store->m_ringStart.push_back(0);
}

void FeatureStoreBuilder::reserve(std::size_t features, std::size_t vertices)
{
  FeatureStore &s = *m_store;
  s.m_fid.reserve(features);
  s.m_kind.reserve(features);
  s.m_featureRingStart.reserve(features + 1);
  s.m_ringStart.reserve(features + 1);
  s.m_ringStartsPart.reserve(features);
  s.m_xy.reserve(2 * vertices);
  for (auto &c : s.m_columns) {
    c.nulls.reserve(features);
    if (c.type == FieldType::Integer)
      c.integers.reserve(features);
    else if (c.type == FieldType::Real)
      c.reals.reserve(features);
    else
      c.textStart.reserve(features + 1);
  }
}

void FeatureStoreBuilder::beginFeature(qint64 fid, GeometryKind kind)
{
  if (m_open)
    closeFeature();
  m_store->m_fid.push_back(fid);
  m_store->m_kind.push_back(kind);
  m_open = true;
}

void FeatureStoreBuilder::addRing(std::span<const double> xy, bool startsPart)
{
  FeatureStore &s = *m_store;
  const std::size_t before = s.m_xy.size();
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
    if (std::isfinite(xy[i]) && std::isfinite(xy[i + 1])) {
      s.m_xy.push_back(xy[i]);
      s.m_xy.push_back(xy[i + 1]);
    }
  }
  if (s.m_xy.size() == before)
    return;
  s.m_ringStart.push_back(std::uint32_t(s.m_xy.size() / 2));
  s.m_ringStartsPart.push_back(startsPart);
}

void FeatureStoreBuilder::setInteger(int field, qint64 value)
{
  FeatureStore::Column &c = m_store->m_columns[field];
  if (m_fieldSet[field])
    return;
  m_fieldSet[field] = true;
  c.nulls.push_back(false);
  switch (c.type) {
  case FieldType::Integer:
    c.integers.push_back(value);
    break;
  case FieldType::Real:
    c.reals.push_back(double(value));
    break;
  case FieldType::String: {
    const QByteArray digits = QByteArray::number(value);
    c.text.insert(c.text.end(), digits.begin(), digits.end());
    c.textStart.push_back(std::uint32_t(c.text.size()));
    break;
  }
  }
}

void FeatureStoreBuilder::setReal(int field, double value)
{
  FeatureStore::Column &c = m_store->m_columns[field];
  if (m_fieldSet[field])
    return;
  if (c.type == FieldType::Integer) {
    m_fieldSet[field] = true;
    c.nulls.push_back(!std::isfinite(value));
    c.integers.push_back(std::isfinite(value) ? qint64(std::llround(value)) : 0);
    return;
  }
  if (c.type == FieldType::String) {
    setText(field, QByteArray::number(value, 'g', 15));
    return;
  }
  m_fieldSet[field] = true;
  c.nulls.push_back(false);
  c.reals.push_back(value);
}

void FeatureStoreBuilder::setText(int field, QByteArrayView utf8)
{
  FeatureStore::Column &c = m_store->m_columns[field];
  if (m_fieldSet[field])
    return;
  if (c.type != FieldType::String) {
    bool ok = false;
    const double value = utf8.toByteArray().toDouble(&ok);
    if (!ok) {
      setNull(field);
      return;
    }
    if (c.type == FieldType::Integer)
      setInteger(field, qint64(std::llround(value)));
    else
      setReal(field, value);
    return;
  }
  m_fieldSet[field] = true;
  c.nulls.push_back(false);
  c.text.insert(c.text.end(), utf8.begin(), utf8.end());
  c.textStart.push_back(std::uint32_t(c.text.size()));
}

void FeatureStoreBuilder::setNull(int field)
{
  FeatureStore::Column &c = m_store->m_columns[field];
  if (m_fieldSet[field])
    return;
  m_fieldSet[field] = true;
  c.nulls.push_back(true);
  switch (c.type) {
  case FieldType::Integer:
    c.integers.push_back(0);
    break;
  case FieldType::Real:
    c.reals.push_back(0);
    break;
  case FieldType::String:
    c.textStart.push_back(std::uint32_t(c.text.size()));
    break;
  }
}

void FeatureStoreBuilder::closeFeature()
{
  FeatureStore &s = *m_store;
  for (int f = 0; f < int(m_fieldSet.size()); ++f) {
    if (!m_fieldSet[f])
      setNull(f);
    m_fieldSet[f] = false;
  }
  // A feature whose every vertex was dropped has nothing to draw.
  if (s.m_ringStart.size() - 1 == s.m_featureRingStart.back())
    s.m_kind.back() = GeometryKind::Empty;
  s.m_featureRingStart.push_back(std::uint32_t(s.m_ringStart.size() - 1));
  m_open = false;
}

void FeatureStoreBuilder::sortByFid()
{
  const FeatureStore &old = *m_store;
  if (std::is_sorted(old.m_fid.begin(), old.m_fid.end()))
    return;
  std::vector<FeatureStore::FeatureRef> order(old.featureCount());
  for (std::size_t f = 0; f < order.size(); ++f)
    order[f] = {0, std::uint32_t(f)};
  std::stable_sort(order.begin(), order.end(),
                   [&old](auto a, auto b) { return old.m_fid[a.feature] < old.m_fid[b.feature]; });
  const FeatureStore *const parts[] = {&old};
  m_store = FeatureStore::gathered(parts, order);
}

std::unique_ptr<FeatureStore> FeatureStore::gathered(std::span<const FeatureStore *const> parts,
                                                     std::span<const FeatureRef> order)
{
  auto gathered = std::make_unique<FeatureStore>();
  FeatureStore &s = *gathered;
  s.m_fields = parts.front()->m_fields;
  std::size_t coordinates = 0, rings = 0;
  for (const FeatureStore *part : parts) {
    coordinates += part->m_xy.size();
    rings += part->m_ringStart.size();
  }
  s.m_xy.reserve(coordinates);
  s.m_ringStart.reserve(rings);
  s.m_featureRingStart.reserve(order.size() + 1);
  s.m_fid.reserve(order.size());
  s.m_kind.reserve(order.size());
  s.m_ringStart.push_back(0);
  s.m_featureRingStart.push_back(0);
  for (const FeatureRef ref : order) {
    const FeatureStore &old = *parts[ref.part];
    const std::uint32_t f = ref.feature;
    s.m_fid.push_back(old.m_fid[f]);
    s.m_kind.push_back(old.m_kind[f]);
    for (std::size_t r = old.m_featureRingStart[f]; r < old.m_featureRingStart[f + 1]; ++r) {
      s.m_xy.insert(s.m_xy.end(), old.m_xy.begin() + 2 * std::ptrdiff_t(old.m_ringStart[r]),
                    old.m_xy.begin() + 2 * std::ptrdiff_t(old.m_ringStart[r + 1]));
      s.m_ringStart.push_back(std::uint32_t(s.m_xy.size() / 2));
      s.m_ringStartsPart.push_back(old.m_ringStartsPart[r]);
    }
    s.m_featureRingStart.push_back(std::uint32_t(s.m_ringStart.size() - 1));
  }
  s.m_columns.resize(parts.front()->m_columns.size());
  for (std::size_t c = 0; c < s.m_columns.size(); ++c) {
    FeatureStore::Column &to = s.m_columns[c];
    to.type = parts.front()->m_columns[c].type;
    if (to.type == FieldType::String)
      to.textStart.push_back(0);
    for (const FeatureRef ref : order) {
      const FeatureStore::Column &from = parts[ref.part]->m_columns[c];
      const std::uint32_t f = ref.feature;
      to.nulls.push_back(from.nulls[f]);
      if (from.type == FieldType::Integer) {
        to.integers.push_back(from.integers[f]);
      } else if (from.type == FieldType::Real) {
        to.reals.push_back(from.reals[f]);
      } else {
        to.text.insert(to.text.end(), from.text.begin() + from.textStart[f],
                       from.text.begin() + from.textStart[f + 1]);
        to.textStart.push_back(std::uint32_t(to.text.size()));
      }
    }
  }
  return gathered;
}

void FeatureStore::seal()
{
  std::vector<BBox> boxes(featureCount());
  bool mixed = false;
  for (std::size_t f = 0; f < featureCount(); ++f) {
    if (m_kind[f] == GeometryKind::Empty)
      continue;
    boxes[f] = featureBounds(f);
    m_extent.include(boxes[f]);
    if (m_dominantKind == GeometryKind::Empty)
      m_dominantKind = m_kind[f];
    else if (m_dominantKind != m_kind[f])
      mixed = true;
  }
  if (mixed)
    m_dominantKind = GeometryKind::Empty;
  m_index.build(boxes);
}

std::shared_ptr<const FeatureStore>
FeatureStore::merged(std::span<const std::shared_ptr<const FeatureStore>> parts)
{
  std::vector<const FeatureStore *> stores;
  for (const auto &part : parts) {
    if (part)
      stores.push_back(part.get());
  }
  if (stores.empty())
    return nullptr;
  std::vector<FeatureRef> order;
  for (std::size_t p = 0; p < stores.size(); ++p) {
    for (std::size_t f = 0; f < stores[p]->featureCount(); ++f)
      order.push_back({std::uint32_t(p), std::uint32_t(f)});
  }
  const auto fidOf = [&stores](FeatureRef ref) { return stores[ref.part]->m_fid[ref.feature]; };
  std::stable_sort(order.begin(), order.end(), [&fidOf](auto a, auto b) { return fidOf(a) < fidOf(b); });
  order.erase(
      std::unique(order.begin(), order.end(), [&fidOf](auto a, auto b) { return fidOf(a) == fidOf(b); }),
      order.end());
  std::unique_ptr<FeatureStore> store = gathered(stores, order);
  store->seal();
  return std::shared_ptr<const FeatureStore>(store.release());
}

std::shared_ptr<const FeatureStore> FeatureStoreBuilder::finish()
{
  if (m_open)
    closeFeature();
  sortByFid();
  m_store->seal();
  return std::shared_ptr<const FeatureStore>(m_store.release());
}

} // namespace rc
