#pragma once

#include <QString>
#include <QStringList>

namespace rc {

/// True for the first arguments that start a command instead of the window.
[[nodiscard]] bool isCommandLineCommand(const QString &firstArgument);
/// Runs `rongcheng <command> ...` with no display; returns the process exit status.
int runCommandLine(int argc, char **argv);

/// `rongcheng render`: renders layers into a PNG with no display.
int runRenderCommand(const QStringList &arguments);
/// `rongcheng info`: describes each layer of a data source.
int runInfoCommand(const QStringList &arguments);
/// `rongcheng demo-data`: writes the Fuzhou demo city (GeoPackage and project file).
int runDemoDataCommand(const QStringList &arguments);
/// `rongcheng hj212 FRAME`: parses an HJ 212 frame and prints its fields as JSON.
int runHj212Command(const QStringList &arguments);
/// `rongcheng simulate`: publishes realistic sensor readings for the demo city.
int runSimulateCommand(const QStringList &arguments);
/// `rongcheng geocode`: standard addresses for free text, one query or a CSV batch.
int runGeocodeCommand(const QStringList &arguments);
/// `rongcheng reverse`: the nearest standard address to a point.
int runReverseCommand(const QStringList &arguments);
/// `rongcheng impact`: what lies inside an area (point and buffer, or polygon), as JSON counts.
int runImpactCommand(const QStringList &arguments);
/// `rongcheng import`: copies a GeoPackage's layers into a PostGIS database.
int runImportCommand(const QStringList &arguments);
/// `rongcheng db init`: creates or upgrades the shared operations schema and its roles.
int runDbCommand(const QStringList &arguments);
/// `rongcheng address-check`: the quality checks of a standard address layer.
int runAddressCheckCommand(const QStringList &arguments);

/// Splits "PATH:LAYERNAME" when PATH is an existing file; otherwise the whole text is the path
/// (connection strings such as "PG:dbname=x" contain colons of their own).
[[nodiscard]] std::pair<QString, QString> splitLayerArgument(const QString &argument);

} // namespace rc
