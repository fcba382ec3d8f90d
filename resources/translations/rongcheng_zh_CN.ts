<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rc::CoordinateTransform</name>
    <message>
        <source>Cannot transform coordinates without a valid coordinate reference system.</source>
        <translation>没有有效的坐标参考系，无法转换坐标。</translation>
    </message>
    <message>
        <source>PROJ knows no way to transform coordinates from %1 to %2.</source>
        <translation>PROJ 找不到从 %1 到 %2 的坐标转换方法。</translation>
    </message>
    <message>
        <source>Cannot transform the point (%1, %2) from %3 to %4.</source>
        <translation>无法将点 (%1, %2) 从 %3 转换到 %4。</translation>
    </message>
    <message>
        <source>No point of the area (%1, %2) - (%3, %4) can be transformed from %5 to %6.</source>
        <translation>范围 (%1, %2) - (%3, %4) 内没有任何点能从 %5 转换到 %6。</translation>
    </message>
</context>
<context>
    <name>rc::Crs</name>
    <message>
        <source>&quot;%1&quot; is not a coordinate reference system that PROJ understands.</source>
        <translation>“%1”不是 PROJ 能识别的坐标参考系。</translation>
    </message>
    <message>
        <source>PROJ reports: %1</source>
        <translation>PROJ 报告：%1</translation>
    </message>
</context>
<context>
    <name>rc::DefaultData</name>
    <message>
        <source>Land and islands</source>
        <translation>陆地与岛屿</translation>
    </message>
    <message>
        <source>Min River</source>
        <translation>闽江</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>地标</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>区县驻地</translation>
    </message>
    <message>
        <source>Coastline, islands and rivers: GSHHG 2.3.7 (Wessel &amp; Smith), LGPL-3.0-or-later; Min River: Natural Earth (public domain)</source>
        <translation>海岸线、岛屿与河流：GSHHG 2.3.7（Wessel &amp; Smith），LGPL-3.0-or-later；闽江水面：Natural Earth（公有领域）</translation>
    </message>
</context>
<context>
    <name>rc::InfoCommand</name>
    <message>
        <source>Print the attributes of the first N features.</source>
        <translation>输出前 N 个要素的属性。</translation>
    </message>
    <message>
        <source>Text encoding of a shapefile&apos;s DBF (default: its .cpg, else GBK).</source>
        <translation>Shapefile 的 DBF 文本编码（默认：按 .cpg，否则 GBK）。</translation>
    </message>
    <message>
        <source>give exactly one data source: rongcheng info PATH [--sample N]</source>
        <translation>请只给出一个数据源：rongcheng info 路径 [--sample N]</translation>
    </message>
    <message>
        <source>invalid --sample “%1”; expected a count</source>
        <translation>无效的 --sample “%1”，应为数量</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>未声明</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>rc::LayerPanel</name>
    <message>
        <source>Zoom to Layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Remove Layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>所选图层的不透明度</translation>
    </message>
    <message>
        <source>Zoom to the selected layer</source>
        <translation>缩放到所选图层</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>移除所选图层</translation>
    </message>
</context>
<context>
    <name>rc::MainWindow</name>
    <message>
        <source>Rongcheng — Fuzhou City Operations GIS</source>
        <translation>榕城 — 福州城市运营 GIS</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a GIS data file as layers (Ctrl+O)</source>
        <translation>将 GIS 数据文件作为图层打开（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Full Extent</source>
        <translation>全图显示(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>缩放到图层(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Zoom to Box</source>
        <translation>拉框缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Rongcheng</source>
        <translation>关于榕城(&amp;A)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Basemap: GSHHG (LGPL-3.0+), Natural Earth</source>
        <translation>底图：GSHHG（LGPL-3.0+），Natural Earth</translation>
    </message>
    <message>
        <source>The bundled Fuzhou basemap was not found; open data with File ▸ Open.</source>
        <translation>未找到内置的福州底图，请通过 文件 ▸ 打开 加载数据。</translation>
    </message>
    <message>
        <source>Open Data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <source>GIS data (*.gpkg *.shp *.geojson *.json *.csv *.fgb *.kml *.kmz *.gml *.gpx *.sqlite);;All files (*)</source>
        <translation>GIS 数据 (*.gpkg *.shp *.geojson *.json *.csv *.fgb *.kml *.kmz *.gml *.gpx *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Rongcheng</source>
        <translation>关于榕城</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rongcheng %1&lt;/h3&gt;&lt;p&gt;A desktop GIS and city operations console for Fuzhou.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL and PROJ.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;榕城 %1&lt;/h3&gt;&lt;p&gt;面向福州的桌面 GIS 与城市运营控制台。&lt;/p&gt;&lt;p&gt;基于 Qt、GDAL 与 PROJ 构建。&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open with &amp;Encoding…</source>
        <translation>按编码打开(&amp;E)…</translation>
    </message>
    <message>
        <source>Open with Encoding</source>
        <translation>按编码打开</translation>
    </message>
    <message>
        <source>Text encoding of the attribute table (DBF):</source>
        <translation>属性表（DBF）的文本编码：</translation>
    </message>
    <message>
        <source>Shapefiles (*.shp *.dbf);;All files (*)</source>
        <translation>Shapefile (*.shp *.dbf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rc::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more)</source>
        <translation>
            <numerusform>%1（另有 %n 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::PositionStatus</name>
    <message>
        <source>outside the coordinate system</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <source>Lon %1° Lat %2°</source>
        <translation>经度 %1° 纬度 %2°</translation>
    </message>
    <message>
        <source>  |  CGCS2000 GK zone 40: E %1 m N %2 m</source>
        <translation>  |  CGCS2000 高斯-克吕格 40 带：E %1 m N %2 m</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
</context>
<context>
    <name>rc::ProjectFile</name>
    <message>
        <source>file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>file is not readable</source>
        <translation>文件不可读</translation>
    </message>
    <message>
        <source>not a Rongcheng project (invalid JSON at offset %1: %2)</source>
        <translation>不是榕城工程文件（偏移 %1 处 JSON 无效：%2）</translation>
    </message>
    <message>
        <source>not a Rongcheng project</source>
        <translation>不是榕城工程文件</translation>
    </message>
    <message>
        <source>written by a newer Rongcheng (format %1; this one reads up to %2)</source>
        <translation>由更新版本的榕城写入（格式 %1；本版本最高支持 %2）</translation>
    </message>
    <message>
        <source>a layer without a source was skipped</source>
        <translation>已跳过一个没有数据源的图层</translation>
    </message>
    <message>
        <source>cannot write the project file (%1)</source>
        <translation>无法写入工程文件（%1）</translation>
    </message>
</context>
<context>
    <name>rc::RenderCommand</name>
    <message>
        <source>A layer to draw: PATH or PATH:LAYERNAME.</source>
        <translation>要绘制的图层：路径 或 路径:图层名。</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写出的 PNG 文件。</translation>
    </message>
    <message>
        <source>minx,miny,maxx,maxy in the output CRS.</source>
        <translation>输出坐标系下的 minx,miny,maxx,maxy。</translation>
    </message>
    <message>
        <source>Output CRS (default EPSG:4490).</source>
        <translation>输出坐标系（默认 EPSG:4490）。</translation>
    </message>
    <message>
        <source>Image size WIDTHxHEIGHT.</source>
        <translation>图像尺寸 宽x高。</translation>
    </message>
    <message>
        <source>Output resolution for symbol sizes.</source>
        <translation>符号尺寸所用的输出分辨率。</translation>
    </message>
    <message>
        <source>Print load_ms and render_ms on stderr.</source>
        <translation>在标准错误输出 load_ms 和 render_ms。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>no layer given; use --layer PATH</source>
        <translation>未指定图层；请使用 --layer 路径</translation>
    </message>
    <message>
        <source>no output file given; use --out map.png</source>
        <translation>未指定输出文件；请使用 --out map.png</translation>
    </message>
    <message>
        <source>invalid --size “%1”; expected WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>无效的 --size “%1”；应为 宽x高，例如 1920x1080</translation>
    </message>
    <message>
        <source>invalid --dpi “%1”</source>
        <translation>无效的 --dpi “%1”</translation>
    </message>
    <message>
        <source>invalid --extent “%1”; expected minx,miny,maxx,maxy</source>
        <translation>无效的 --extent “%1”；应为 minx,miny,maxx,maxy</translation>
    </message>
    <message>
        <source>cannot write “%1”: unsupported image format; use .png</source>
        <translation>无法写入“%1”：不支持的图像格式，请使用 .png</translation>
    </message>
    <message>
        <source>no layer could be read</source>
        <translation>没有可读取的图层</translation>
    </message>
    <message>
        <source>the layers have no extent to draw; give --extent</source>
        <translation>图层没有可绘制的范围；请指定 --extent</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>无法写入“%1”</translation>
    </message>
</context>
<context>
    <name>rc::RenderJob</name>
    <message>
        <source>unexpected failure while drawing</source>
        <translation>绘制时发生意外错误</translation>
    </message>
</context>
<context>
    <name>rc::StyleJson</name>
    <message>
        <source>invalid style value “%1”</source>
        <translation>无效的样式值“%1”</translation>
    </message>
</context>
<context>
    <name>rc::VectorDataset</name>
    <message>
        <source>has no layer %1</source>
        <translation>没有图层 %1</translation>
    </message>
    <message>
        <source>file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>file is not readable</source>
        <translation>文件不可读</translation>
    </message>
    <message>
        <source>damaged or unreadable %1 file</source>
        <translation>%1 文件已损坏或无法读取</translation>
    </message>
    <message>
        <source>not a recognised vector format</source>
        <translation>不是可识别的矢量格式</translation>
    </message>
    <message>
        <source>contains no vector layer</source>
        <translation>不包含矢量图层</translation>
    </message>
    <message>
        <source>could not find coordinate columns (expected lon/lat, x/y or 经度/纬度)</source>
        <translation>找不到坐标列（应为 lon/lat、x/y 或 经度/纬度）</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>读取错误</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>rc::VectorLayer</name>
    <message>
        <source>has no layer named “%1”</source>
        <translation>没有名为“%1”的图层</translation>
    </message>
    <message>
        <source>%1: the layer declares no coordinate reference system; assumed CGCS2000 longitude/latitude (EPSG:4490)</source>
        <translation>%1：图层未声明坐标参考系，已按 CGCS2000 经纬度（EPSG:4490）处理</translation>
    </message>
    <message>
        <source>%1: the layer declares no coordinate reference system and its coordinates are not longitude/latitude, so it cannot be placed on the map</source>
        <translation>%1：图层未声明坐标参考系，且坐标不是经纬度，无法放到地图上</translation>
    </message>
    <message>
        <source>%1: not enough memory to load the layer</source>
        <translation>%1：内存不足，无法加载图层</translation>
    </message>
</context>
</TS>
