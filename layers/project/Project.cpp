#include "project/Project.h"

#include "auth/PostgisCredentials.h"
#include "base/AtomicFile.h"
#include "privacy/PersonalFields.h"
#include "style/StyleJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The style with the categories of a personal field masked: a project file and a legend list
/// categories by their values, which for a personal field are names and numbers.
VectorStyle withoutPersonalValues(VectorStyle style, const QStringList &listed)
{
  if (style.kind != RendererKind::Categorized || style.field.isEmpty())
    return style;
  // As a layer's fields are classified, with the categories' values as the sample.
  QStringList values;
  for (const StyleClass &category : std::as_const(style.classes))
    values << category.value;
  const PersonalField kind = PersonalFields::kindOf({style.field, FieldType::String, {}}, values, listed);
  if (kind == PersonalField::None)
    return style;
  for (StyleClass &category : style.classes) {
    category.value = PersonalDataMask::mask(kind, category.value);
    category.label = PersonalDataMask::mask(kind, category.label);
  }
  return style;
}

QStringList personalFieldsFromJson(const QJsonValue &value)
{
  QStringList fields;
  for (const QJsonValue &field : value.toArray())
    if (!field.toString().isEmpty())
      fields << field.toString();
  return fields;
}

} // namespace

ProjectError::ProjectError(const QString &message) : Error(Code::Data, message) {}

Project ProjectFile::read(const QString &path, QStringList *warnings)
{
  QFile file(path);
  if (!file.exists())
    throw ProjectError(path + u": "_s + tr("file does not exist"));
  if (!file.open(QIODevice::ReadOnly))
    throw ProjectError(path + u": "_s + tr("file is not readable"));
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
  if (parseError.error != QJsonParseError::NoError || !document.isObject())
    throw ProjectError(path + u": "_s +
                       tr("not a Rongcheng project (invalid JSON at offset %1: %2)")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
  const QJsonObject root = document.object();
  if (root.value(u"format"_s).toString() != u"rongcheng-project"_s)
    throw ProjectError(path + u": "_s + tr("not a Rongcheng project"));
  const int version = root.value(u"version"_s).toInt(0);
  if (version > Project::kFormatVersion)
    throw ProjectError(path + u": "_s +
                       tr("written by a newer Rongcheng (format %1; this one reads up to %2)")
                           .arg(version)
                           .arg(Project::kFormatVersion));

  Project project;
  project.title = root.value(u"title"_s).toString();
  try {
    project.crs = Crs::fromUserInput(root.value(u"crs"_s).toString(u"EPSG:4490"_s));
  } catch (const CrsError &e) {
    if (warnings)
      *warnings << path + u": "_s + QString::fromUtf8(e.what());
  }
  for (const auto &[key, colour] : {std::pair{u"background"_s, &project.background},
                                    std::pair{u"dark_background"_s, &project.darkBackground}}) {
    if (!root.contains(key))
      continue;
    *colour = QColor::fromString(root.value(key).toString());
    if (!colour->isValid() && warnings)
      *warnings << path + u": "_s + tr("invalid background colour “%1”").arg(root.value(key).toString());
  }
  const QJsonArray extent = root.value(u"extent"_s).toArray();
  if (extent.size() == 4)
    project.startExtent = {extent[0].toDouble(), extent[1].toDouble(), extent[2].toDouble(),
                           extent[3].toDouble()};

  const QDir base = QFileInfo(path).absoluteDir();
  int number = 0;
  for (const QJsonValue &value : root.value(u"layers"_s).toArray()) {
    const QJsonObject json = value.toObject();
    ProjectLayer layer;
    const QString source = json.value(u"source"_s).toString();
    if (source.isEmpty()) {
      if (warnings)
        *warnings << path + u": "_s + tr("a layer without a source was skipped");
      continue;
    }
    layer.source =
        QDir::isRelativePath(source) && !source.contains(u':') ? base.absoluteFilePath(source) : source;
    layer.layerName = json.value(u"layer"_s).toString();
    layer.name = json.value(u"name"_s).toString(layer.layerName);
    layer.visible = json.value(u"visible"_s).toBool(true);
    layer.opacity = std::clamp(json.value(u"opacity"_s).toDouble(1), 0.0, 1.0);
    layer.personalFields = personalFieldsFromJson(json.value(u"personal_fields"_s));
    QStringList problems;
    layer.style = withoutPersonalValues(
        styleFromJson(json.value(u"style"_s).toObject(), VectorStyle::defaultFor(number++), &problems),
        layer.personalFields);
    if (json.contains(u"dark_style"_s))
      layer.darkStyle =
          withoutPersonalValues(styleFromJson(json.value(u"dark_style"_s).toObject(), layer.style, &problems),
                                layer.personalFields);
    if (warnings)
      for (const QString &problem : problems)
        *warnings << path + u": "_s + layer.name + u": "_s + problem;
    project.layers << layer;
  }
  return project;
}

void ProjectFile::write(const Project &project, const QString &path)
{
  const QDir base = QFileInfo(path).absoluteDir();
  QJsonArray layers;
  for (const ProjectLayer &layer : project.layers) {
    const QString relative = base.relativeFilePath(layer.source);
    const bool inside = QFileInfo::exists(layer.source) && !relative.startsWith(u".."_s);
    QJsonObject json{{u"source"_s, inside ? relative : PostgisCredentials::withoutPassword(layer.source)},
                     {u"layer"_s, layer.layerName},
                     {u"name"_s, layer.name},
                     {u"visible"_s, layer.visible},
                     {u"opacity"_s, layer.opacity},
                     {u"style"_s, styleToJson(withoutPersonalValues(layer.style, layer.personalFields))}};
    if (layer.darkStyle)
      json.insert(u"dark_style"_s,
                  styleToJson(withoutPersonalValues(*layer.darkStyle, layer.personalFields)));
    if (!layer.personalFields.isEmpty())
      json.insert(u"personal_fields"_s, QJsonArray::fromStringList(layer.personalFields));
    layers.append(json);
  }
  const BBox e = project.startExtent;
  QJsonObject root{{u"format"_s, u"rongcheng-project"_s},
                   {u"version"_s, Project::kFormatVersion},
                   {u"title"_s, project.title},
                   {u"crs"_s, project.crs.toUserInput()},
                   {u"extent"_s, e.isEmpty() ? QJsonArray() : QJsonArray{e.xMin, e.yMin, e.xMax, e.yMax}},
                   {u"layers"_s, layers}};
  if (project.background.isValid())
    root.insert(u"background"_s, project.background.name(QColor::HexArgb));
  if (project.darkBackground.isValid())
    root.insert(u"dark_background"_s, project.darkBackground.name(QColor::HexArgb));
  try {
    AtomicFile::writeWhole(path, QJsonDocument(root).toJson());
  } catch (const FileWriteError &e) {
    throw ProjectError(path + u": "_s + tr("cannot write the project file (%1)").arg(e.detail()));
  }
}

} // namespace rc
