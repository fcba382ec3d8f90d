<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>GIS data (*.gpkg *.shp *.geojson *.json *.csv *.fgb *.kml *.kmz *.gml *.gpx *.sqlite);;All files (*)</source>
        <translation>GIS data (*.gpkg *.shp *.geojson *.json *.csv *.fgb *.kml *.kmz *.gml *.gpx *.sqlite);;All files (*)</translation>
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
        <source>no layer given; use --layer PATH</source>
        <translation>no layer given; use --layer PATH</translation>
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
        <source>cannot write “%1”: unsupported image format; use .png</source>
        <translation>cannot write “%1”: unsupported image format; use .png</translation>
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
</context>
<context>
    <name>rc::RenderJob</name>
    <message>
        <source>unexpected failure while drawing</source>
        <translation>unexpected failure while drawing</translation>
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
