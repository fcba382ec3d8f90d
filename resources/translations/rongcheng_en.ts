<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rc::AddressIndex</name>
    <message>
        <source>%1: file does not exist</source>
        <translation>%1: file does not exist</translation>
    </message>
    <message>
        <source>%1 was made by another version of Rongcheng; open its source to rebuild it</source>
        <translation>%1 was made by another version of Rongcheng; open its source to rebuild it</translation>
    </message>
    <message>
        <source>Cannot read the address index %1: %2</source>
        <translation>Cannot read the address index %1: %2</translation>
    </message>
    <message>
        <source>Building the address index was cancelled.</source>
        <translation>Building the address index was cancelled.</translation>
    </message>
    <message>
        <source>Cannot write the address index %1: %2</source>
        <translation>Cannot write the address index %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::AddressQuality</name>
    <message>
        <source>The address check was cancelled.</source>
        <translation>The address check was cancelled.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>addr_code %1 is not a division code followed by a sequence number</source>
        <translation>addr_code %1 is not a division code followed by a sequence number</translation>
    </message>
    <message>
        <source>grid code %1 is not 15 digits</source>
        <translation>grid code %1 is not 15 digits</translation>
    </message>
    <message>
        <source>grid code %1 lies outside its community %2</source>
        <translation>grid code %1 lies outside its community %2</translation>
    </message>
    <message>
        <source>no community polygon for %1 (%2)</source>
        <translation>no community polygon for %1 (%2)</translation>
    </message>
    <message>
        <source>addr_code %1 does not start with the code %2 of its community %3</source>
        <translation>addr_code %1 does not start with the code %2 of its community %3</translation>
    </message>
    <message>
        <source>the point lies outside its community %1</source>
        <translation>the point lies outside its community %1</translation>
    </message>
    <message>
        <source>the same addr_code is on %1 records</source>
        <translation>the same addr_code is on %1 records</translation>
    </message>
    <message>
        <source>the same address text is on %1 records</source>
        <translation>the same address text is on %1 records</translation>
    </message>
    <message>
        <source>addr_code starts with %1, but the other addresses of its community with %2</source>
        <translation>addr_code starts with %1, but the other addresses of its community with %2</translation>
    </message>
    <message>
        <source>house number %1 lies %2 m off the way from %3 to %4</source>
        <translation>house number %1 lies %2 m off the way from %3 to %4</translation>
    </message>
    <message>
        <source>Cannot write the findings to %1: %2</source>
        <translation>Cannot write the findings to %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::AddressReader</name>
    <message>
        <source>has no point layer of addresses</source>
        <translation>has no point layer of addresses</translation>
    </message>
    <message>
        <source>has no layer “%1”</source>
        <translation>has no layer “%1”</translation>
    </message>
    <message>
        <source>layer “%1” lacks address columns (need addr_code and full_address or road/compound)</source>
        <translation>layer “%1” lacks address columns (need addr_code and full_address or road/compound)</translation>
    </message>
</context>
<context>
    <name>rc::Alarm</name>
    <message>
        <source>water level above warning level</source>
        <translation>water level above warning level</translation>
    </message>
    <message>
        <source>water level above guaranteed level</source>
        <translation>water level above guaranteed level</translation>
    </message>
    <message>
        <source>reservoir above flood-season limit</source>
        <translation>reservoir above flood-season limit</translation>
    </message>
    <message>
        <source>heavy rain in 1 hour</source>
        <translation>heavy rain in 1 hour</translation>
    </message>
    <message>
        <source>heavy rain in 3 hours</source>
        <translation>heavy rain in 3 hours</translation>
    </message>
    <message>
        <source>heavy rain in 24 hours</source>
        <translation>heavy rain in 24 hours</translation>
    </message>
    <message>
        <source>pollutant over its limit</source>
        <translation>pollutant over its limit</translation>
    </message>
    <message>
        <source>analyser reports over limit</source>
        <translation>analyser reports over limit</translation>
    </message>
    <message>
        <source>sensor silent</source>
        <translation>sensor silent</translation>
    </message>
</context>
<context>
    <name>rc::AttributeTableModel</name>
    <message>
        <source>integer</source>
        <translation>integer</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rc::AttributeTableWidget</name>
    <message>
        <source>at the end</source>
        <translation>at the end</translation>
    </message>
    <message>
        <source>at character %1</source>
        <translation>at character %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 features</source>
        <translation>%1 of %2 features</translation>
    </message>
    <message>
        <source>%1 of %2 features, %3 selected</source>
        <translation>%1 of %2 features, %3 selected</translation>
    </message>
    <message>
        <source>Filter by expression, e.g. &quot;kind&quot; = &apos;poi&apos; AND &quot;population&quot; &gt; 1000; Enter applies</source>
        <translation>Filter by expression, e.g. &quot;kind&quot; = &apos;poi&apos; AND &quot;population&quot; &gt; 1000; Enter applies</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop filtering</source>
        <translation>Stop filtering</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>Zoom to Selection</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Clear Selection</translation>
    </message>
    <message>
        <source>Attribute table — %1</source>
        <translation>Attribute table — %1</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Attribute table</translation>
    </message>
</context>
<context>
    <name>rc::CoordinateTransform</name>
    <message>
        <source>Cannot transform coordinates without a valid coordinate reference system.</source>
        <translation>Cannot transform coordinates without a valid coordinate reference system.</translation>
    </message>
    <message>
        <source>PROJ knows no way to transform coordinates from %1 to %2.</source>
        <translation>PROJ knows no way to transform coordinates from %1 to %2.</translation>
    </message>
    <message>
        <source>Cannot transform the point (%1, %2) from %3 to %4.</source>
        <translation>Cannot transform the point (%1, %2) from %3 to %4.</translation>
    </message>
    <message>
        <source>No point of the area (%1, %2) - (%3, %4) can be transformed from %5 to %6.</source>
        <translation>No point of the area (%1, %2) - (%3, %4) can be transformed from %5 to %6.</translation>
    </message>
</context>
<context>
    <name>rc::Crs</name>
    <message>
        <source>&quot;%1&quot; is not a coordinate reference system that PROJ understands.</source>
        <translation>&quot;%1&quot; is not a coordinate reference system that PROJ understands.</translation>
    </message>
    <message>
        <source>PROJ reports: %1</source>
        <translation>PROJ reports: %1</translation>
    </message>
</context>
<context>
    <name>rc::DefaultData</name>
    <message>
        <source>Land and islands</source>
        <translation>Land and islands</translation>
    </message>
    <message>
        <source>Min River</source>
        <translation>Min River</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>Rivers</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarks</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>District seats</translation>
    </message>
    <message>
        <source>Coastline, islands and rivers: GSHHG 2.3.7 (Wessel &amp; Smith), LGPL-3.0-or-later; Min River: Natural Earth (public domain)</source>
        <translation>Coastline, islands and rivers: GSHHG 2.3.7 (Wessel &amp; Smith), LGPL-3.0-or-later; Min River: Natural Earth (public domain)</translation>
    </message>
</context>
<context>
    <name>rc::DemoCityGenerator</name>
    <message>
        <source>the district %1 has no land</source>
        <translation>the district %1 has no land</translation>
    </message>
    <message>
        <source>towns.csv lists no town of %1</source>
        <translation>towns.csv lists no town of %1</translation>
    </message>
    <message>
        <source>cannot read the basemap file %1: %2</source>
        <translation>cannot read the basemap file %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>the city has no coast</source>
        <translation>the city has no coast</translation>
    </message>
    <message>
        <source>cannot place the coastal broadcast points</source>
        <translation>cannot place the coastal broadcast points</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>no output folder given</translation>
    </message>
    <message>
        <source>the basemap folder “%1” does not exist</source>
        <translation>the basemap folder “%1” does not exist</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>Reading the basemap</source>
        <translation>Reading the basemap</translation>
    </message>
    <message>
        <source>Districts, towns and communities</source>
        <translation>Districts, towns and communities</translation>
    </message>
    <message>
        <source>Governance grids</source>
        <translation>Governance grids</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <source>Standard addresses</source>
        <translation>Standard addresses</translation>
    </message>
    <message>
        <source>5G sites</source>
        <translation>5G sites</translation>
    </message>
    <message>
        <source>Enterprises and monitoring points</source>
        <translation>Enterprises and monitoring points</translation>
    </message>
    <message>
        <source>Hydrology</source>
        <translation>Hydrology</translation>
    </message>
    <message>
        <source>Coastal broadcast points</source>
        <translation>Coastal broadcast points</translation>
    </message>
    <message>
        <source>City-management events</source>
        <translation>City-management events</translation>
    </message>
    <message>
        <source>Building spatial indexes</source>
        <translation>Building spatial indexes</translation>
    </message>
    <message>
        <source>cannot move the GeoPackage into place at %1</source>
        <translation>cannot move the GeoPackage into place at %1</translation>
    </message>
    <message>
        <source>industries.csv gives too few polluting industries</source>
        <translation>industries.csv gives too few polluting industries</translation>
    </message>
    <message>
        <source>geometry operation %1 failed: %2</source>
        <translation>geometry operation %1 failed: %2</translation>
    </message>
    <message>
        <source>table %1: unreadable geometry</source>
        <translation>table %1: unreadable geometry</translation>
    </message>
    <message>
        <source>cannot write a feature to table %1</source>
        <translation>cannot write a feature to table %1</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL has no GeoPackage driver</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot create table %1</source>
        <translation>cannot create table %1</translation>
    </message>
    <message>
        <source>cannot create field %1.%2</source>
        <translation>cannot create field %1.%2</translation>
    </message>
    <message>
        <source>cannot start writing table %1</source>
        <translation>cannot start writing table %1</translation>
    </message>
    <message>
        <source>cannot finish table %1</source>
        <translation>cannot finish table %1</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>cannot finish %1</translation>
    </message>
    <message>
        <source>no open sea near %1, %2 for a buoy</source>
        <translation>no open sea near %1, %2 for a buoy</translation>
    </message>
    <message>
        <source>demo data generation cancelled</source>
        <translation>demo data generation cancelled</translation>
    </message>
    <message>
        <source>the Voronoi diagram lost a site (duplicate points?)</source>
        <translation>the Voronoi diagram lost a site (duplicate points?)</translation>
    </message>
    <message>
        <source>cannot read the seed table %1</source>
        <translation>cannot read the seed table %1</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 columns</source>
        <translation>%1, line %2: expected %3 columns</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a number</source>
        <translation>%1, line %2: “%3” is not a number</translation>
    </message>
    <message>
        <source>%1, line %2: expected “lon lat|lon lat|…”</source>
        <translation>%1, line %2: expected “lon lat|lon lat|…”</translation>
    </message>
    <message>
        <source>words.csv has no word list “%1”</source>
        <translation>words.csv has no word list “%1”</translation>
    </message>
    <message>
        <source>the seed tables in %1 are empty</source>
        <translation>the seed tables in %1 are empty</translation>
    </message>
</context>
<context>
    <name>rc::DemoCityLoader</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot move the demo city into %1</source>
        <translation>cannot move the demo city into %1</translation>
    </message>
</context>
<context>
    <name>rc::DemoDataCommand</name>
    <message>
        <source>The folder to write fuzhou.gpkg and fuzhou.rcproj into.</source>
        <translation>The folder to write fuzhou.gpkg and fuzhou.rcproj into.</translation>
    </message>
    <message>
        <source>demo (300,000 addresses) or city (3,000,000 addresses).</source>
        <translation>demo (300,000 addresses) or city (3,000,000 addresses).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Random seed; the same seed gives the same data.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unexpected argument “%1”</translation>
    </message>
    <message>
        <source>no output folder given; use --out DIR</source>
        <translation>no output folder given; use --out DIR</translation>
    </message>
    <message>
        <source>invalid --scale “%1”; expected demo or city</source>
        <translation>invalid --scale “%1”; expected demo or city</translation>
    </message>
    <message>
        <source>invalid --seed “%1”; expected a non-negative integer</source>
        <translation>invalid --seed “%1”; expected a non-negative integer</translation>
    </message>
    <message>
        <source>the bundled Fuzhou basemap was not found (share/rongcheng/basemap)</source>
        <translation>the bundled Fuzhou basemap was not found (share/rongcheng/basemap)</translation>
    </message>
    <message>
        <source>[%1 s] done: %2, %3</source>
        <translation>[%1 s] done: %2, %3</translation>
    </message>
</context>
<context>
    <name>rc::ExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation>Export Map</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>PDF document (vector text and decorations)</source>
        <translation>PDF document (vector text and decorations)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Page:</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>Shape of the view</source>
        <translation>Shape of the view</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>&amp;Attribution:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Scale bar</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>North arrow</translation>
    </message>
    <message>
        <source>Attribution and coordinate system</source>
        <translation>Attribution and coordinate system</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The resolution the map itself is embedded at; text, legend, scale bar and north arrow are vector at any zoom.</source>
        <translation>The resolution the map itself is embedded at; text, legend, scale bar and north arrow are vector at any zoom.</translation>
    </message>
    <message>
        <source>Pixels per inch of paper: 300 for print, 96 for the screen.</source>
        <translation>Pixels per inch of paper: 300 for print, 96 for the screen.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Some layers could not be drawn: %1</source>
        <translation>Some layers could not be drawn: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>rc::Expression</name>
    <message>
        <source>unknown field “%1”</source>
        <translation>unknown field “%1”</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>unterminated quoted field name</source>
        <translation>unterminated quoted field name</translation>
    </message>
    <message>
        <source>unexpected character “%1” at position %2</source>
        <translation>unexpected character “%1” at position %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1 (expected at least %2)</source>
        <translation>wrong number of arguments for %1 (expected at least %2)</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1 (expected %2)</source>
        <translation>wrong number of arguments for %1 (expected %2)</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1 (expected %2 or %3)</source>
        <translation>wrong number of arguments for %1 (expected %2 or %3)</translation>
    </message>
    <message>
        <source>unexpected “%1” at position %2</source>
        <translation>unexpected “%1” at position %2</translation>
    </message>
    <message>
        <source>unknown variable “$%1”</source>
        <translation>unknown variable “$%1”</translation>
    </message>
    <message>
        <source>expected a value at position %1</source>
        <translation>expected a value at position %1</translation>
    </message>
    <message>
        <source>unknown function “%1”</source>
        <translation>unknown function “%1”</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>invalid regular expression: %1</translation>
    </message>
    <message>
        <source>expression too deeply nested at position %1</source>
        <translation>expression too deeply nested at position %1</translation>
    </message>
    <message>
        <source>expected %1 at position %2</source>
        <translation>expected %1 at position %2</translation>
    </message>
</context>
<context>
    <name>rc::FeatureClassifier</name>
    <message>
        <source>rule “%1”: %2</source>
        <translation>rule “%1”: %2</translation>
    </message>
</context>
<context>
    <name>rc::GeocodeCommand</name>
    <message>
        <source>the file is not UTF-8</source>
        <translation>the file is not UTF-8</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>%1 has no column “%2” (columns: %3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Geocoding</source>
        <translation>Geocoding</translation>
    </message>
    <message>
        <source>Geocoded %1 rows in %2 s (%3 rows/s) into %4</source>
        <translation>Geocoded %1 rows in %2 s (%3 rows/s) into %4</translation>
    </message>
    <message>
        <source>Building the address index</source>
        <translation>Building the address index</translation>
    </message>
    <message>
        <source>Address source (GeoPackage, CSV ...) or its index.</source>
        <translation>Address source (GeoPackage, CSV ...) or its index.</translation>
    </message>
    <message>
        <source>Address layer of the source (default: addresses).</source>
        <translation>Address layer of the source (default: addresses).</translation>
    </message>
    <message>
        <source>CSV of alias,name nicknames.</source>
        <translation>CSV of alias,name nicknames.</translation>
    </message>
    <message>
        <source>Matches to print (default 5).</source>
        <translation>Matches to print (default 5).</translation>
    </message>
    <message>
        <source>Treat the text as still being typed (search as you type).</source>
        <translation>Treat the text as still being typed (search as you type).</translation>
    </message>
    <message>
        <source>Geocode a CSV file.</source>
        <translation>Geocode a CSV file.</translation>
    </message>
    <message>
        <source>The CSV column holding the address text.</source>
        <translation>The CSV column holding the address text.</translation>
    </message>
    <message>
        <source>Where to write the geocoded CSV.</source>
        <translation>Where to write the geocoded CSV.</translation>
    </message>
    <message>
        <source>give the address database: --db PATH</source>
        <translation>give the address database: --db PATH</translation>
    </message>
    <message>
        <source>a batch needs --column COL and --out out.csv</source>
        <translation>a batch needs --column COL and --out out.csv</translation>
    </message>
    <message>
        <source>give the text to geocode, or --batch in.csv</source>
        <translation>give the text to geocode, or --batch in.csv</translation>
    </message>
    <message>
        <source>invalid --limit “%1”; expected a positive count</source>
        <translation>invalid --limit “%1”; expected a positive count</translation>
    </message>
</context>
<context>
    <name>rc::GeodesicMeasure</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1 mu</source>
        <translation>%1 mu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>area in metric units (area in mu)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rc::Hj212Command</name>
    <message>
        <source>An HJ 212 frame, ##LLLL…CRC; “-” reads it from standard input.</source>
        <translation>An HJ 212 frame, ##LLLL…CRC; “-” reads it from standard input.</translation>
    </message>
    <message>
        <source>give exactly one frame: rongcheng hj212 FRAME</source>
        <translation>give exactly one frame: rongcheng hj212 FRAME</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
</context>
<context>
    <name>rc::Hj212Intake</name>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 in “%2”</translation>
    </message>
    <message>
        <source>a split upload stopped before its last packet</source>
        <translation>a split upload stopped before its last packet</translation>
    </message>
    <message>
        <source>split upload of MN %1 started over</source>
        <translation>split upload of MN %1 started over</translation>
    </message>
    <message>
        <source>upload of MN %1 has no valid DataTime</source>
        <translation>upload of MN %1 has no valid DataTime</translation>
    </message>
    <message>
        <source>%1 of MN %2 has a value that is not a number or an unknown flag</source>
        <translation>%1 of MN %2 has a value that is not a number or an unknown flag</translation>
    </message>
</context>
<context>
    <name>rc::Hj212Parser</name>
    <message numerus="yes">
        <source>the frame ends after %n byte(s), before its length</source>
        <translation>
            <numerusform>the frame ends after %n byte(s), before its length</numerusform>
            <numerusform>the frame ends after %n byte(s), before its length</numerusform>
        </translation>
    </message>
    <message>
        <source>the frame does not start with ##</source>
        <translation>the frame does not start with ##</translation>
    </message>
    <message>
        <source>the length “%1” is not 4 decimal digits</source>
        <translation>the length “%1” is not 4 decimal digits</translation>
    </message>
    <message>
        <source>the declared length %1 exceeds the %2 bytes HJ 212 allows</source>
        <translation>the declared length %1 exceeds the %2 bytes HJ 212 allows</translation>
    </message>
    <message>
        <source>the frame ends after %1 of its %2 bytes</source>
        <translation>the frame ends after %1 of its %2 bytes</translation>
    </message>
    <message>
        <source>no CR LF where the declared length %1 puts the end</source>
        <translation>no CR LF where the declared length %1 puts the end</translation>
    </message>
    <message>
        <source>the frame has no room for its CRC</source>
        <translation>the frame has no room for its CRC</translation>
    </message>
    <message>
        <source>the data segment has %1 bytes, more than the %2 HJ 212 allows</source>
        <translation>the data segment has %1 bytes, more than the %2 HJ 212 allows</translation>
    </message>
    <message>
        <source>the declared length is %1 but the data segment has %2 bytes</source>
        <translation>the declared length is %1 but the data segment has %2 bytes</translation>
    </message>
    <message>
        <source>the CRC “%1” is not 4 hex digits</source>
        <translation>the CRC “%1” is not 4 hex digits</translation>
    </message>
    <message>
        <source>the CRC is %1 but the data segment gives %2</source>
        <translation>the CRC is %1 but the data segment gives %2</translation>
    </message>
    <message>
        <source>no monitoring point has MN %1</source>
        <translation>no monitoring point has MN %1</translation>
    </message>
    <message>
        <source>wrong password for MN %1</source>
        <translation>wrong password for MN %1</translation>
    </message>
    <message>
        <source>the data segment holds bytes that are not printable ASCII</source>
        <translation>the data segment holds bytes that are not printable ASCII</translation>
    </message>
    <message>
        <source>the data segment has no CP=&amp;&amp;…&amp;&amp;</source>
        <translation>the data segment has no CP=&amp;&amp;…&amp;&amp;</translation>
    </message>
    <message>
        <source>CP does not end with &amp;&amp;</source>
        <translation>CP does not end with &amp;&amp;</translation>
    </message>
    <message>
        <source>“%1” is not KEY=value</source>
        <translation>“%1” is not KEY=value</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 appears twice</translation>
    </message>
    <message>
        <source>QN “%1” is not a time YYYYMMDDhhmmsszzz</source>
        <translation>QN “%1” is not a time YYYYMMDDhhmmsszzz</translation>
    </message>
    <message>
        <source>ST “%1” is not 2 digits</source>
        <translation>ST “%1” is not 2 digits</translation>
    </message>
    <message>
        <source>CN “%1” is not 4 digits</source>
        <translation>CN “%1” is not 4 digits</translation>
    </message>
    <message>
        <source>PW is not %1 characters</source>
        <translation>PW is not %1 characters</translation>
    </message>
    <message>
        <source>MN “%1” is not 1 to %2 letters and digits</source>
        <translation>MN “%1” is not 1 to %2 letters and digits</translation>
    </message>
    <message>
        <source>Flag “%1” is not a number 0 to 255</source>
        <translation>Flag “%1” is not a number 0 to 255</translation>
    </message>
    <message>
        <source>PNUM “%1” is not a packet count</source>
        <translation>PNUM “%1” is not a packet count</translation>
    </message>
    <message>
        <source>PNO “%1” is not a packet number</source>
        <translation>PNO “%1” is not a packet number</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>unknown field %1</translation>
    </message>
    <message>
        <source>the data segment has no %1</source>
        <translation>the data segment has no %1</translation>
    </message>
    <message>
        <source>Flag and PNUM/PNO disagree on whether the packet is split</source>
        <translation>Flag and PNUM/PNO disagree on whether the packet is split</translation>
    </message>
    <message>
        <source>PNO %1 is beyond PNUM %2</source>
        <translation>PNO %1 is beyond PNUM %2</translation>
    </message>
    <message>
        <source>CP item “%1” is not KEY=value</source>
        <translation>CP item “%1” is not KEY=value</translation>
    </message>
</context>
<context>
    <name>rc::IdentifyPanel</name>
    <message>
        <source>showing %1 of %2</source>
        <translation>showing %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature(s)</numerusform>
            <numerusform>%n feature(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Feature %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No features found</source>
        <translation>No features found</translation>
    </message>
    <message>
        <source>Showing %1 of %2 features</source>
        <translation>Showing %1 of %2 features</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) found</source>
        <translation>
            <numerusform>%n feature(s) found</numerusform>
            <numerusform>%n feature(s) found</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature / Field</source>
        <translation>Feature / Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Zoom to the feature</source>
        <translation>Zoom to the feature</translation>
    </message>
    <message>
        <source>Flash the feature on the map</source>
        <translation>Flash the feature on the map</translation>
    </message>
</context>
<context>
    <name>rc::InfoCommand</name>
    <message>
        <source>Print the attributes of the first N features.</source>
        <translation>Print the attributes of the first N features.</translation>
    </message>
    <message>
        <source>Text encoding of a shapefile&apos;s DBF (default: its .cpg, else GBK).</source>
        <translation>Text encoding of a shapefile&apos;s DBF (default: its .cpg, else GBK).</translation>
    </message>
    <message>
        <source>give exactly one data source: rongcheng info PATH [--sample N]</source>
        <translation>give exactly one data source: rongcheng info PATH [--sample N]</translation>
    </message>
    <message>
        <source>invalid --sample “%1”; expected a count</source>
        <translation>invalid --sample “%1”; expected a count</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>none declared</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>rc::LayerPanel</name>
    <message>
        <source>Zoom to Layer</source>
        <translation>Zoom to Layer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Remove Layer</source>
        <translation>Remove Layer</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Opacity of the selected layer</translation>
    </message>
    <message>
        <source>Zoom to the selected layer</source>
        <translation>Zoom to the selected layer</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>Remove the selected layer</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Style…</translation>
    </message>
</context>
<context>
    <name>rc::LayoutExportJob</name>
    <message>
        <source>%1 dpi is too fine for this page: at most %2 pixels a side can be drawn.</source>
        <translation>%1 dpi is too fine for this page: at most %2 pixels a side can be drawn.</translation>
    </message>
    <message>
        <source>Rendering the map…</source>
        <translation>Rendering the map…</translation>
    </message>
    <message>
        <source>Composing the page…</source>
        <translation>Composing the page…</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Cannot write “%1”.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>rc::Legend</name>
    <message>
        <source>all other</source>
        <translation>all other</translation>
    </message>
    <message>
        <source>low → high density</source>
        <translation>low → high density</translation>
    </message>
    <message>
        <source>clusters of nearby features</source>
        <translation>clusters of nearby features</translation>
    </message>
</context>
<context>
    <name>rc::MainWindow</name>
    <message>
        <source>Rongcheng — Fuzhou City Operations GIS</source>
        <translation>Rongcheng — Fuzhou City Operations GIS</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open Data…</source>
        <translation>&amp;Open Data…</translation>
    </message>
    <message>
        <source>Open a GIS data file as layers (Ctrl+O)</source>
        <translation>Open a GIS data file as layers (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Zoom to &amp;Full Extent</source>
        <translation>Zoom to &amp;Full Extent</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>Zoom to &amp;Layer</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Pan</translation>
    </message>
    <message>
        <source>&amp;Zoom to Box</source>
        <translation>&amp;Zoom to Box</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Follow the &amp;System</translation>
    </message>
    <message>
        <source>&amp;About Rongcheng</source>
        <translation>&amp;About Rongcheng</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Basemap: GSHHG (LGPL-3.0+), Natural Earth</source>
        <translation>Basemap: GSHHG (LGPL-3.0+), Natural Earth</translation>
    </message>
    <message>
        <source>The bundled Fuzhou basemap was not found; open data with File ▸ Open.</source>
        <translation>The bundled Fuzhou basemap was not found; open data with File ▸ Open.</translation>
    </message>
    <message>
        <source>Open Data</source>
        <translation>Open Data</translation>
    </message>
    <message>
        <source>About Rongcheng</source>
        <translation>About Rongcheng</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rongcheng %1&lt;/h3&gt;&lt;p&gt;A desktop GIS and city operations console for Fuzhou.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL and PROJ.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rongcheng %1&lt;/h3&gt;&lt;p&gt;A desktop GIS and city operations console for Fuzhou.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL and PROJ.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open with &amp;Encoding…</source>
        <translation>Open with &amp;Encoding…</translation>
    </message>
    <message>
        <source>Open with Encoding</source>
        <translation>Open with Encoding</translation>
    </message>
    <message>
        <source>Text encoding of the attribute table (DBF):</source>
        <translation>Text encoding of the attribute table (DBF):</translation>
    </message>
    <message>
        <source>Shapefiles (*.shp *.dbf);;All files (*)</source>
        <translation>Shapefiles (*.shp *.dbf);;All files (*)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>La&amp;yer</translation>
    </message>
    <message>
        <source>&amp;Style…</source>
        <translation>&amp;Style…</translation>
    </message>
    <message>
        <source>Measure &amp;Distance</source>
        <translation>Measure &amp;Distance</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>Measure &amp;Area</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>&amp;Export Map…</translation>
    </message>
    <message>
        <source>Rongcheng</source>
        <translation>Rongcheng</translation>
    </message>
    <message>
        <source>Generating the Fuzhou demo city for the first start (about a minute)…</source>
        <translation>Generating the Fuzhou demo city for the first start (about a minute)…</translation>
    </message>
    <message>
        <source>GIS data and projects (*.rcproj *.gpkg *.shp *.geojson *.json *.csv *.fgb *.kml *.kmz *.gml *.gpx *.sqlite);;All files (*)</source>
        <translation>GIS data and projects (*.rcproj *.gpkg *.shp *.geojson *.json *.csv *.fgb *.kml *.kmz *.gml *.gpx *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Fuzhou</source>
        <translation>Fuzhou</translation>
    </message>
    <message>
        <source>Attribute table — %1</source>
        <translation>Attribute table — %1</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>&amp;Identify Features</translation>
    </message>
    <message>
        <source>Select by &amp;Click</source>
        <translation>Select by &amp;Click</translation>
    </message>
    <message>
        <source>Select by &amp;Box</source>
        <translation>Select by &amp;Box</translation>
    </message>
    <message>
        <source>Select by Pol&amp;ygon</source>
        <translation>Select by Pol&amp;ygon</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Clear Selection</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Open &amp;Attribute Table</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Identify Results</translation>
    </message>
</context>
<context>
    <name>rc::MapLayout</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>Everything else</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(no value)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>CRS name (authority code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Density: low to high</source>
        <translation>Density: low to high</translation>
    </message>
    <message>
        <source>Count: low to high</source>
        <translation>Count: low to high</translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation>Coordinate system: %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Scale 1:%1</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north arrow</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>rc::MeasureTool</name>
    <message>
        <source>Distance: %1</source>
        <translation>Distance: %1</translation>
    </message>
    <message>
        <source>Area: %1, perimeter: %2</source>
        <translation>Area: %1, perimeter: %2</translation>
    </message>
</context>
<context>
    <name>rc::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more)</source>
        <translation>
            <numerusform>%1 (%n more)</numerusform>
            <numerusform>%1 (%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::MqttClient</name>
    <message>
        <source>cannot create an MQTT client: %1</source>
        <translation>cannot create an MQTT client: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>cannot connect to %1:%2: %3</translation>
    </message>
    <message>
        <source>broker %1:%2 not reachable yet: %3</source>
        <translation>broker %1:%2 not reachable yet: %3</translation>
    </message>
    <message>
        <source>cannot start the MQTT network thread: %1</source>
        <translation>cannot start the MQTT network thread: %1</translation>
    </message>
</context>
<context>
    <name>rc::PositionStatus</name>
    <message>
        <source>outside the coordinate system</source>
        <translation>outside the coordinate system</translation>
    </message>
    <message>
        <source>Lon %1° Lat %2°</source>
        <translation>Lon %1° Lat %2°</translation>
    </message>
    <message>
        <source>  |  CGCS2000 GK zone 40: E %1 m N %2 m</source>
        <translation>  |  CGCS2000 GK zone 40: E %1 m N %2 m</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Scale 1:%1</translation>
    </message>
</context>
<context>
    <name>rc::ProjectFile</name>
    <message>
        <source>file does not exist</source>
        <translation>file does not exist</translation>
    </message>
    <message>
        <source>file is not readable</source>
        <translation>file is not readable</translation>
    </message>
    <message>
        <source>not a Rongcheng project (invalid JSON at offset %1: %2)</source>
        <translation>not a Rongcheng project (invalid JSON at offset %1: %2)</translation>
    </message>
    <message>
        <source>not a Rongcheng project</source>
        <translation>not a Rongcheng project</translation>
    </message>
    <message>
        <source>written by a newer Rongcheng (format %1; this one reads up to %2)</source>
        <translation>written by a newer Rongcheng (format %1; this one reads up to %2)</translation>
    </message>
    <message>
        <source>a layer without a source was skipped</source>
        <translation>a layer without a source was skipped</translation>
    </message>
    <message>
        <source>cannot write the project file (%1)</source>
        <translation>cannot write the project file (%1)</translation>
    </message>
    <message>
        <source>invalid background colour “%1”</source>
        <translation>invalid background colour “%1”</translation>
    </message>
</context>
<context>
    <name>rc::ReadingValidator</name>
    <message>
        <source>the reading has no valid time</source>
        <translation>the reading has no valid time</translation>
    </message>
    <message>
        <source>the reading&apos;s time %1 is in the future</source>
        <translation>the reading&apos;s time %1 is in the future</translation>
    </message>
    <message>
        <source>no station has STCD “%1”</source>
        <translation>no station has STCD “%1”</translation>
    </message>
    <message>
        <source>a value of station %1 is not a finite number</source>
        <translation>a value of station %1 is not a finite number</translation>
    </message>
    <message>
        <source>no monitoring point has MN “%1”</source>
        <translation>no monitoring point has MN “%1”</translation>
    </message>
    <message>
        <source>%1 of MN %2 is not a finite number</source>
        <translation>%1 of MN %2 is not a finite number</translation>
    </message>
</context>
<context>
    <name>rc::RenderCommand</name>
    <message>
        <source>A layer to draw: PATH or PATH:LAYERNAME.</source>
        <translation>A layer to draw: PATH or PATH:LAYERNAME.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <source>minx,miny,maxx,maxy in the output CRS.</source>
        <translation>minx,miny,maxx,maxy in the output CRS.</translation>
    </message>
    <message>
        <source>Output CRS (default EPSG:4490).</source>
        <translation>Output CRS (default EPSG:4490).</translation>
    </message>
    <message>
        <source>Image size WIDTHxHEIGHT.</source>
        <translation>Image size WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <source>Output resolution for symbol sizes.</source>
        <translation>Output resolution for symbol sizes.</translation>
    </message>
    <message>
        <source>Print load_ms and render_ms on stderr.</source>
        <translation>Print load_ms and render_ms on stderr.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unexpected argument “%1”</translation>
    </message>
    <message>
        <source>no output file given; use --out map.png</source>
        <translation>no output file given; use --out map.png</translation>
    </message>
    <message>
        <source>invalid --size “%1”; expected WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>invalid --size “%1”; expected WIDTHxHEIGHT, e.g. 1920x1080</translation>
    </message>
    <message>
        <source>invalid --dpi “%1”</source>
        <translation>invalid --dpi “%1”</translation>
    </message>
    <message>
        <source>invalid --extent “%1”; expected minx,miny,maxx,maxy</source>
        <translation>invalid --extent “%1”; expected minx,miny,maxx,maxy</translation>
    </message>
    <message>
        <source>no layer could be read</source>
        <translation>no layer could be read</translation>
    </message>
    <message>
        <source>the layers have no extent to draw; give --extent</source>
        <translation>the layers have no extent to draw; give --extent</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>cannot write “%1”</translation>
    </message>
    <message>
        <source>A project (.rcproj) to draw, with its styles, CRS and start view.</source>
        <translation>A project (.rcproj) to draw, with its styles, CRS and start view.</translation>
    </message>
    <message>
        <source>Draw a map sheet: title, legend, scale bar, north arrow and attribution around the map, on the --page (--size is then not used).</source>
        <translation>Draw a map sheet: title, legend, scale bar, north arrow and attribution around the map, on the --page (--size is then not used).</translation>
    </message>
    <message>
        <source>The sheet&apos;s title (default: the project&apos;s).</source>
        <translation>The sheet&apos;s title (default: the project&apos;s).</translation>
    </message>
    <message>
        <source>Sheet page: a4 or a3 landscape, or fit (the map&apos;s aspect); default a4.</source>
        <translation>Sheet page: a4 or a3 landscape, or fit (the map&apos;s aspect); default a4.</translation>
    </message>
    <message>
        <source>no layer given; use --layer PATH or --project FILE</source>
        <translation>no layer given; use --layer PATH or --project FILE</translation>
    </message>
    <message>
        <source>cannot write “%1”: unsupported image format; use .png or .pdf</source>
        <translation>cannot write “%1”: unsupported image format; use .png or .pdf</translation>
    </message>
    <message>
        <source>Rongcheng map</source>
        <translation>Rongcheng map</translation>
    </message>
    <message>
        <source>invalid --page “%1”; expected a4, a3 or fit</source>
        <translation>invalid --page “%1”; expected a4, a3 or fit</translation>
    </message>
</context>
<context>
    <name>rc::RenderJob</name>
    <message>
        <source>unexpected failure while drawing</source>
        <translation>unexpected failure while drawing</translation>
    </message>
</context>
<context>
    <name>rc::ReverseCommand</name>
    <message>
        <source>Address source (GeoPackage, CSV ...) or its index.</source>
        <translation>Address source (GeoPackage, CSV ...) or its index.</translation>
    </message>
    <message>
        <source>Address layer of the source (default: addresses).</source>
        <translation>Address layer of the source (default: addresses).</translation>
    </message>
    <message>
        <source>give the address database: --db PATH</source>
        <translation>give the address database: --db PATH</translation>
    </message>
    <message>
        <source>give a point in China: rongcheng reverse --db PATH LON LAT</source>
        <translation>give a point in China: rongcheng reverse --db PATH LON LAT</translation>
    </message>
    <message>
        <source>Building the address index</source>
        <translation>Building the address index</translation>
    </message>
    <message>
        <source>the address database is empty</source>
        <translation>the address database is empty</translation>
    </message>
</context>
<context>
    <name>rc::SimulateCommand</name>
    <message>
        <source>The MQTT broker to publish to.</source>
        <translation>The MQTT broker to publish to.</translation>
    </message>
    <message>
        <source>Send HJ 212 frames over TCP to this server instead of MQTT.</source>
        <translation>Send HJ 212 frames over TCP to this server instead of MQTT.</translation>
    </message>
    <message>
        <source>normal or typhoon.</source>
        <translation>normal or typhoon.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default 1).</source>
        <translation>Simulated seconds per real second (default 1).</translation>
    </message>
    <message>
        <source>The city GeoPackage (default: the generated demo city).</source>
        <translation>The city GeoPackage (default: the generated demo city).</translation>
    </message>
    <message>
        <source>Real seconds to run (default 600); the scenario plays out whole in that time.</source>
        <translation>Real seconds to run (default 600); the scenario plays out whole in that time.</translation>
    </message>
    <message>
        <source>Real seconds between rounds of readings (default 5).</source>
        <translation>Real seconds between rounds of readings (default 5).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <source>give the broker as --broker HOST:PORT</source>
        <translation>give the broker as --broker HOST:PORT</translation>
    </message>
    <message>
        <source>give the HJ 212 server as --hj212 HOST:PORT</source>
        <translation>give the HJ 212 server as --hj212 HOST:PORT</translation>
    </message>
    <message>
        <source>give --scenario normal or --scenario typhoon</source>
        <translation>give --scenario normal or --scenario typhoon</translation>
    </message>
    <message>
        <source>--speed must be at least 1, --duration and --interval positive, --seed a number</source>
        <translation>--speed must be at least 1, --duration and --interval positive, --seed a number</translation>
    </message>
    <message>
        <source>%1 has no hydro_stations and no monitoring_points</source>
        <translation>%1 has no hydro_stations and no monitoring_points</translation>
    </message>
    <message>
        <source>connected to %1:%2, %3 stations, %4 monitoring points, scenario %5</source>
        <translation>connected to %1:%2, %3 stations, %4 monitoring points, scenario %5</translation>
    </message>
    <message>
        <source>the broker %1:%2 or the HJ 212 server did not answer in 30 s</source>
        <translation>the broker %1:%2 or the HJ 212 server did not answer in 30 s</translation>
    </message>
    <message>
        <source>published %1 hydrological readings and %2 HJ 212 frames (%3 not sent)</source>
        <translation>published %1 hydrological readings and %2 HJ 212 frames (%3 not sent)</translation>
    </message>
</context>
<context>
    <name>rc::Sl323JsonDecoder</name>
    <message>
        <source>%1 “%2” is not a number</source>
        <translation>%1 “%2” is not a number</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 is not a finite number</translation>
    </message>
    <message>
        <source>a reading is not a JSON object</source>
        <translation>a reading is not a JSON object</translation>
    </message>
    <message>
        <source>unknown table “%1”</source>
        <translation>unknown table “%1”</translation>
    </message>
    <message>
        <source>the reading has no STCD</source>
        <translation>the reading has no STCD</translation>
    </message>
    <message>
        <source>TM “%1” is not a time</source>
        <translation>TM “%1” is not a time</translation>
    </message>
    <message>
        <source>the %1 reading of %2 has no value</source>
        <translation>the %1 reading of %2 has no value</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>malformed JSON at byte %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::SqliteConnection</name>
    <message>
        <source>%1: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>%1: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: cannot open the database: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 failed: %3</translation>
    </message>
</context>
<context>
    <name>rc::StyleDialog</name>
    <message>
        <source>Style of “%1”</source>
        <translation>Style of “%1”</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Single symbol</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Categorized</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <source>Rule-based</source>
        <translation>Rule-based</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Point clusters</source>
        <translation>Point clusters</translation>
    </message>
    <message>
        <source>Hexagon bins</source>
        <translation>Hexagon bins</translation>
    </message>
    <message>
        <source>Antenna sectors</source>
        <translation>Antenna sectors</translation>
    </message>
    <message>
        <source>Visible between scales</source>
        <translation>Visible between scales</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Zoomed out up to</source>
        <translation>Zoomed out up to</translation>
    </message>
    <message>
        <source>Zoomed in up to</source>
        <translation>Zoomed in up to</translation>
    </message>
    <message>
        <source>Renderer</source>
        <translation>Renderer</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class(es)</numerusform>
            <numerusform>%n class(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Square</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Diamond</translation>
    </message>
    <message>
        <source>Marker shape</source>
        <translation>Marker shape</translation>
    </message>
    <message>
        <source>Marker size (px)</source>
        <translation>Marker size (px)</translation>
    </message>
    <message>
        <source>Marker fill</source>
        <translation>Marker fill</translation>
    </message>
    <message>
        <source>Marker outline</source>
        <translation>Marker outline</translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation>Line colour</translation>
    </message>
    <message>
        <source>Line width (px)</source>
        <translation>Line width (px)</translation>
    </message>
    <message>
        <source>Area fill</source>
        <translation>Area fill</translation>
    </message>
    <message>
        <source>Area outline</source>
        <translation>Area outline</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Colour ramp</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classify</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Value / range / filter</source>
        <translation>Value / range / filter</translation>
    </message>
    <message>
        <source>Legend label</source>
        <translation>Legend label</translation>
    </message>
    <message>
        <source>Radius / cell size (px)</source>
        <translation>Radius / cell size (px)</translation>
    </message>
    <message>
        <source>Weight field</source>
        <translation>Weight field</translation>
    </message>
    <message>
        <source>Azimuth field (°)</source>
        <translation>Azimuth field (°)</translation>
    </message>
    <message>
        <source>Beam width field (°)</source>
        <translation>Beam width field (°)</translation>
    </message>
    <message>
        <source>Range field (m)</source>
        <translation>Range field (m)</translation>
    </message>
    <message>
        <source>Colours come from the rules on the Rule-based page; without rules, from the area fill.</source>
        <translation>Colours come from the rules on the Rule-based page; without rules, from the area fill.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Label features</source>
        <translation>Label features</translation>
    </message>
    <message>
        <source>all scales</source>
        <translation>all scales</translation>
    </message>
    <message>
        <source>Size (pt)</source>
        <translation>Size (pt)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Shown up to scale</source>
        <translation>Shown up to scale</translation>
    </message>
    <message>
        <source>(each feature counts 1)</source>
        <translation>(each feature counts 1)</translation>
    </message>
    <message>
        <source>Rule “%1”, at character %2: %3</source>
        <translation>Rule “%1”, at character %2: %3</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Classifying…</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>rc::StyleJson</name>
    <message>
        <source>invalid style value “%1”</source>
        <translation>invalid style value “%1”</translation>
    </message>
</context>
<context>
    <name>rc::VectorDataset</name>
    <message>
        <source>has no layer %1</source>
        <translation>has no layer %1</translation>
    </message>
    <message>
        <source>file does not exist</source>
        <translation>file does not exist</translation>
    </message>
    <message>
        <source>file is not readable</source>
        <translation>file is not readable</translation>
    </message>
    <message>
        <source>damaged or unreadable %1 file</source>
        <translation>damaged or unreadable %1 file</translation>
    </message>
    <message>
        <source>not a recognised vector format</source>
        <translation>not a recognised vector format</translation>
    </message>
    <message>
        <source>contains no vector layer</source>
        <translation>contains no vector layer</translation>
    </message>
    <message>
        <source>could not find coordinate columns (expected lon/lat, x/y or 经度/纬度)</source>
        <translation>could not find coordinate columns (expected lon/lat, x/y or 经度/纬度)</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>read error</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>rc::VectorLayer</name>
    <message>
        <source>has no layer named “%1”</source>
        <translation>has no layer named “%1”</translation>
    </message>
    <message>
        <source>%1: the layer declares no coordinate reference system; assumed CGCS2000 longitude/latitude (EPSG:4490)</source>
        <translation>%1: the layer declares no coordinate reference system; assumed CGCS2000 longitude/latitude (EPSG:4490)</translation>
    </message>
    <message>
        <source>%1: the layer declares no coordinate reference system and its coordinates are not longitude/latitude, so it cannot be placed on the map</source>
        <translation>%1: the layer declares no coordinate reference system and its coordinates are not longitude/latitude, so it cannot be placed on the map</translation>
    </message>
    <message>
        <source>%1: not enough memory to load the layer</source>
        <translation>%1: not enough memory to load the layer</translation>
    </message>
</context>
</TS>
