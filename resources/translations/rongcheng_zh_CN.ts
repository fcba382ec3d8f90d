<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rc::AddressIndex</name>
    <message>
        <source>%1: file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1 was made by another version of Rongcheng; open its source to rebuild it</source>
        <translation>%1 由其他版本的榕城生成；请打开其数据源以重建</translation>
    </message>
    <message>
        <source>Cannot read the address index %1: %2</source>
        <translation>无法读取地址索引 %1：%2</translation>
    </message>
    <message>
        <source>Building the address index was cancelled.</source>
        <translation>地址索引构建已取消。</translation>
    </message>
    <message>
        <source>Cannot write the address index %1: %2</source>
        <translation>无法写入地址索引 %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::AddressQuality</name>
    <message>
        <source>The address check was cancelled.</source>
        <translation>地址检查已取消。</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>addr_code %1 is not a division code followed by a sequence number</source>
        <translation>addr_code %1 不是“区划代码 + 顺序号”的格式</translation>
    </message>
    <message>
        <source>grid code %1 is not 15 digits</source>
        <translation>网格编码 %1 不是 15 位数字</translation>
    </message>
    <message>
        <source>grid code %1 lies outside its community %2</source>
        <translation>网格编码 %1 位于其所属社区村 %2 之外</translation>
    </message>
    <message>
        <source>no community polygon for %1 (%2)</source>
        <translation>没有 %1（%2）的社区村面</translation>
    </message>
    <message>
        <source>addr_code %1 does not start with the code %2 of its community %3</source>
        <translation>addr_code %1 不以其所属社区村 %3 的代码 %2 开头</translation>
    </message>
    <message>
        <source>the point lies outside its community %1</source>
        <translation>该点位于其所属社区村 %1 之外</translation>
    </message>
    <message>
        <source>the same addr_code is on %1 records</source>
        <translation>相同的 addr_code 出现在 %1 条记录中</translation>
    </message>
    <message>
        <source>the same address text is on %1 records</source>
        <translation>相同的地址文本出现在 %1 条记录中</translation>
    </message>
    <message>
        <source>addr_code starts with %1, but the other addresses of its community with %2</source>
        <translation>addr_code 以 %1 开头，但其所属社区村的其他地址以 %2 开头</translation>
    </message>
    <message>
        <source>house number %1 lies %2 m off the way from %3 to %4</source>
        <translation>门牌号 %1 偏离从 %3 到 %4 的路线 %2 米</translation>
    </message>
    <message>
        <source>Cannot write the findings to %1: %2</source>
        <translation>无法将检查结果写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::AddressReader</name>
    <message>
        <source>has no point layer of addresses</source>
        <translation>没有地址点图层</translation>
    </message>
    <message>
        <source>has no layer “%1”</source>
        <translation>没有图层“%1”</translation>
    </message>
    <message>
        <source>layer “%1” lacks address columns (need addr_code and full_address or road/compound)</source>
        <translation>图层“%1”缺少地址字段（需要 addr_code 以及 full_address 或 road/compound）</translation>
    </message>
</context>
<context>
    <name>rc::Alarm</name>
    <message>
        <source>water level above warning level</source>
        <translation>水位超警戒水位</translation>
    </message>
    <message>
        <source>water level above guaranteed level</source>
        <translation>水位超保证水位</translation>
    </message>
    <message>
        <source>reservoir above flood-season limit</source>
        <translation>水库超汛限水位</translation>
    </message>
    <message>
        <source>heavy rain in 1 hour</source>
        <translation>1 小时强降雨</translation>
    </message>
    <message>
        <source>heavy rain in 3 hours</source>
        <translation>3 小时强降雨</translation>
    </message>
    <message>
        <source>heavy rain in 24 hours</source>
        <translation>24 小时强降雨</translation>
    </message>
    <message>
        <source>pollutant over its limit</source>
        <translation>污染物超标</translation>
    </message>
    <message>
        <source>analyser reports over limit</source>
        <translation>分析仪报告超标</translation>
    </message>
    <message>
        <source>sensor silent</source>
        <translation>传感器无数据</translation>
    </message>
</context>
<context>
    <name>rc::AttributeTableModel</name>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>real</source>
        <translation>实数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rc::AttributeTableWidget</name>
    <message>
        <source>at the end</source>
        <translation>在末尾</translation>
    </message>
    <message>
        <source>at character %1</source>
        <translation>在第 %1 个字符处</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 of %2 features</source>
        <translation>%1 / %2 个要素</translation>
    </message>
    <message>
        <source>%1 of %2 features, %3 selected</source>
        <translation>%1 / %2 个要素，已选择 %3 个</translation>
    </message>
    <message>
        <source>Filter by expression, e.g. &quot;kind&quot; = &apos;poi&apos; AND &quot;population&quot; &gt; 1000; Enter applies</source>
        <translation>按表达式筛选，例如 &quot;kind&quot; = &apos;poi&apos; AND &quot;population&quot; &gt; 1000；按回车应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop filtering</source>
        <translation>停止筛选</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>缩放至所选要素</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Attribute table — %1</source>
        <translation>属性表 — %1</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
</context>
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
    <name>rc::DemoCityGenerator</name>
    <message>
        <source>the district %1 has no land</source>
        <translation>区县 %1 没有陆地</translation>
    </message>
    <message>
        <source>towns.csv lists no town of %1</source>
        <translation>towns.csv 中没有 %1 的乡镇街道</translation>
    </message>
    <message>
        <source>cannot read the basemap file %1: %2</source>
        <translation>无法读取底图文件 %1：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the city has no coast</source>
        <translation>该城市没有海岸线</translation>
    </message>
    <message>
        <source>cannot place the coastal broadcast points</source>
        <translation>无法布设沿海广播点</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>未指定输出文件夹</translation>
    </message>
    <message>
        <source>the basemap folder “%1” does not exist</source>
        <translation>底图文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Reading the basemap</source>
        <translation>正在读取底图</translation>
    </message>
    <message>
        <source>Districts, towns and communities</source>
        <translation>区县、乡镇街道和社区村</translation>
    </message>
    <message>
        <source>Governance grids</source>
        <translation>治理网格</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Standard addresses</source>
        <translation>标准地址</translation>
    </message>
    <message>
        <source>5G sites</source>
        <translation>5G 基站</translation>
    </message>
    <message>
        <source>Enterprises and monitoring points</source>
        <translation>企业和监测点</translation>
    </message>
    <message>
        <source>Hydrology</source>
        <translation>水文</translation>
    </message>
    <message>
        <source>Coastal broadcast points</source>
        <translation>沿海广播点</translation>
    </message>
    <message>
        <source>City-management events</source>
        <translation>城市管理事件</translation>
    </message>
    <message>
        <source>Building spatial indexes</source>
        <translation>正在构建空间索引</translation>
    </message>
    <message>
        <source>cannot move the GeoPackage into place at %1</source>
        <translation>无法将 GeoPackage 移动到 %1</translation>
    </message>
    <message>
        <source>industries.csv gives too few polluting industries</source>
        <translation>industries.csv 中的污染行业过少</translation>
    </message>
    <message>
        <source>geometry operation %1 failed: %2</source>
        <translation>几何操作 %1 失败：%2</translation>
    </message>
    <message>
        <source>table %1: unreadable geometry</source>
        <translation>表 %1：无法读取几何</translation>
    </message>
    <message>
        <source>cannot write a feature to table %1</source>
        <translation>无法向表 %1 写入要素</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL 缺少 GeoPackage 驱动</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot create table %1</source>
        <translation>无法创建表 %1</translation>
    </message>
    <message>
        <source>cannot create field %1.%2</source>
        <translation>无法创建字段 %1.%2</translation>
    </message>
    <message>
        <source>cannot start writing table %1</source>
        <translation>无法开始写入表 %1</translation>
    </message>
    <message>
        <source>cannot finish table %1</source>
        <translation>无法完成表 %1</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>无法完成 %1</translation>
    </message>
    <message>
        <source>no open sea near %1, %2 for a buoy</source>
        <translation>%1, %2 附近没有可放置浮标的开阔海域</translation>
    </message>
    <message>
        <source>demo data generation cancelled</source>
        <translation>演示数据生成已取消</translation>
    </message>
    <message>
        <source>the Voronoi diagram lost a site (duplicate points?)</source>
        <translation>泰森多边形丢失了一个站点（是否有重复点？）</translation>
    </message>
    <message>
        <source>cannot read the seed table %1</source>
        <translation>无法读取种子表 %1</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 columns</source>
        <translation>%1，第 %2 行：应有 %3 列</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a number</source>
        <translation>%1，第 %2 行：“%3”不是数字</translation>
    </message>
    <message>
        <source>%1, line %2: expected “lon lat|lon lat|…”</source>
        <translation>%1，第 %2 行：应为“lon lat|lon lat|…”</translation>
    </message>
    <message>
        <source>words.csv has no word list “%1”</source>
        <translation>words.csv 中没有词表“%1”</translation>
    </message>
    <message>
        <source>the seed tables in %1 are empty</source>
        <translation>%1 中的种子表为空</translation>
    </message>
</context>
<context>
    <name>rc::DemoCityLoader</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot move the demo city into %1</source>
        <translation>无法将演示城市移动到 %1</translation>
    </message>
</context>
<context>
    <name>rc::DemoDataCommand</name>
    <message>
        <source>The folder to write fuzhou.gpkg and fuzhou.rcproj into.</source>
        <translation>写入 fuzhou.gpkg 和 fuzhou.rcproj 的文件夹。</translation>
    </message>
    <message>
        <source>demo (300,000 addresses) or city (3,000,000 addresses).</source>
        <translation>demo（30 万条地址）或 city（300 万条地址）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>no output folder given; use --out DIR</source>
        <translation>未指定输出文件夹；请使用 --out DIR</translation>
    </message>
    <message>
        <source>invalid --scale “%1”; expected demo or city</source>
        <translation>无效的 --scale“%1”；应为 demo 或 city</translation>
    </message>
    <message>
        <source>invalid --seed “%1”; expected a non-negative integer</source>
        <translation>无效的 --seed“%1”；应为非负整数</translation>
    </message>
    <message>
        <source>the bundled Fuzhou basemap was not found (share/rongcheng/basemap)</source>
        <translation>未找到内置的福州底图（share/rongcheng/basemap）</translation>
    </message>
    <message>
        <source>[%1 s] done: %2, %3</source>
        <translation>[%1 秒] 完成：%2，%3</translation>
    </message>
</context>
<context>
    <name>rc::ExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>PDF document (vector text and decorations)</source>
        <translation>PDF 文档（矢量文字和整饰要素）</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>页面(&amp;P)：</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>Shape of the view</source>
        <translation>与视图形状一致</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>版权说明(&amp;A)：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <source>Attribution and coordinate system</source>
        <translation>版权说明和坐标系</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The resolution the map itself is embedded at; text, legend, scale bar and north arrow are vector at any zoom.</source>
        <translation>地图本身嵌入时使用的分辨率；文字、图例、比例尺和指北针在任何缩放级别下均为矢量。</translation>
    </message>
    <message>
        <source>Pixels per inch of paper: 300 for print, 96 for the screen.</source>
        <translation>每英寸纸张的像素数：打印用 300，屏幕用 96。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Some layers could not be drawn: %1</source>
        <translation>部分图层无法绘制：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>rc::Expression</name>
    <message>
        <source>unknown field “%1”</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>unterminated quoted field name</source>
        <translation>带引号的字段名未结束</translation>
    </message>
    <message>
        <source>unexpected character “%1” at position %2</source>
        <translation>位置 %2 处出现意外字符“%1”</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1 (expected at least %2)</source>
        <translation>%1 的参数个数错误（至少应为 %2 个）</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1 (expected %2)</source>
        <translation>%1 的参数个数错误（应为 %2 个）</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1 (expected %2 or %3)</source>
        <translation>%1 的参数个数错误（应为 %2 或 %3 个）</translation>
    </message>
    <message>
        <source>unexpected “%1” at position %2</source>
        <translation>位置 %2 处出现意外的“%1”</translation>
    </message>
    <message>
        <source>unknown variable “$%1”</source>
        <translation>未知变量“$%1”</translation>
    </message>
    <message>
        <source>expected a value at position %1</source>
        <translation>位置 %1 处应为一个值</translation>
    </message>
    <message>
        <source>unknown function “%1”</source>
        <translation>未知函数“%1”</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>expression too deeply nested at position %1</source>
        <translation>表达式在位置 %1 处嵌套过深</translation>
    </message>
    <message>
        <source>expected %1 at position %2</source>
        <translation>位置 %2 处应为 %1</translation>
    </message>
</context>
<context>
    <name>rc::FeatureClassifier</name>
    <message>
        <source>rule “%1”: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rc::GeocodeCommand</name>
    <message>
        <source>the file is not UTF-8</source>
        <translation>文件不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>%1 没有列“%2”（现有列：%3）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Geocoding</source>
        <translation>地理编码</translation>
    </message>
    <message>
        <source>Geocoded %1 rows in %2 s (%3 rows/s) into %4</source>
        <translation>已在 %2 秒内完成 %1 行地理编码（%3 行/秒），写入 %4</translation>
    </message>
    <message>
        <source>Building the address index</source>
        <translation>正在构建地址索引</translation>
    </message>
    <message>
        <source>Address source (GeoPackage, CSV ...) or its index.</source>
        <translation>地址数据源（GeoPackage、CSV 等）或其索引。</translation>
    </message>
    <message>
        <source>Address layer of the source (default: addresses).</source>
        <translation>数据源中的地址图层（默认：addresses）。</translation>
    </message>
    <message>
        <source>CSV of alias,name nicknames.</source>
        <translation>“别名,名称”形式的别称 CSV 文件。</translation>
    </message>
    <message>
        <source>Matches to print (default 5).</source>
        <translation>输出的匹配数（默认 5）。</translation>
    </message>
    <message>
        <source>Treat the text as still being typed (search as you type).</source>
        <translation>将文本视为仍在输入中（边输边搜）。</translation>
    </message>
    <message>
        <source>Geocode a CSV file.</source>
        <translation>对 CSV 文件进行地理编码。</translation>
    </message>
    <message>
        <source>The CSV column holding the address text.</source>
        <translation>包含地址文本的 CSV 列。</translation>
    </message>
    <message>
        <source>Where to write the geocoded CSV.</source>
        <translation>地理编码结果 CSV 的写入位置。</translation>
    </message>
    <message>
        <source>give the address database: --db PATH</source>
        <translation>请指定地址数据库：--db PATH</translation>
    </message>
    <message>
        <source>a batch needs --column COL and --out out.csv</source>
        <translation>批处理需要 --column COL 和 --out out.csv</translation>
    </message>
    <message>
        <source>give the text to geocode, or --batch in.csv</source>
        <translation>请给出要地理编码的文本，或使用 --batch in.csv</translation>
    </message>
    <message>
        <source>invalid --limit “%1”; expected a positive count</source>
        <translation>无效的 --limit“%1”；应为正整数</translation>
    </message>
</context>
<context>
    <name>rc::GeodesicMeasure</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message>
        <source>%1 mu</source>
        <translation>%1 亩</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>area in metric units (area in mu)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rc::Hj212Command</name>
    <message>
        <source>An HJ 212 frame, ##LLLL…CRC; “-” reads it from standard input.</source>
        <translation>一个 HJ 212 报文，##LLLL…CRC；“-”表示从标准输入读取。</translation>
    </message>
    <message>
        <source>give exactly one frame: rongcheng hj212 FRAME</source>
        <translation>请只给出一个报文：rongcheng hj212 FRAME</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
</context>
<context>
    <name>rc::Hj212Intake</name>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1（位于“%2”）</translation>
    </message>
    <message>
        <source>a split upload stopped before its last packet</source>
        <translation>分包上传在最后一个包之前中断</translation>
    </message>
    <message>
        <source>split upload of MN %1 started over</source>
        <translation>MN %1 的分包上传重新开始</translation>
    </message>
    <message>
        <source>upload of MN %1 has no valid DataTime</source>
        <translation>MN %1 的上传没有有效的 DataTime</translation>
    </message>
    <message>
        <source>%1 of MN %2 has a value that is not a number or an unknown flag</source>
        <translation>MN %2 的 %1 含有非数字值或未知数据标记</translation>
    </message>
</context>
<context>
    <name>rc::Hj212Parser</name>
    <message numerus="yes">
        <source>the frame ends after %n byte(s), before its length</source>
        <translation>
            <numerusform>报文在 %n 字节后结束，未到长度字段</numerusform>
        </translation>
    </message>
    <message>
        <source>the frame does not start with ##</source>
        <translation>报文不以 ## 开头</translation>
    </message>
    <message>
        <source>the length “%1” is not 4 decimal digits</source>
        <translation>长度“%1”不是 4 位十进制数字</translation>
    </message>
    <message>
        <source>the declared length %1 exceeds the %2 bytes HJ 212 allows</source>
        <translation>声明的长度 %1 超过 HJ 212 允许的 %2 字节</translation>
    </message>
    <message>
        <source>the frame ends after %1 of its %2 bytes</source>
        <translation>报文在其 %2 字节中的第 %1 字节后结束</translation>
    </message>
    <message>
        <source>no CR LF where the declared length %1 puts the end</source>
        <translation>在声明长度 %1 所指的结尾处没有 CR LF</translation>
    </message>
    <message>
        <source>the frame has no room for its CRC</source>
        <translation>报文没有容纳校验码的空间</translation>
    </message>
    <message>
        <source>the data segment has %1 bytes, more than the %2 HJ 212 allows</source>
        <translation>数据段有 %1 字节，超过 HJ 212 允许的 %2 字节</translation>
    </message>
    <message>
        <source>the declared length is %1 but the data segment has %2 bytes</source>
        <translation>声明的长度为 %1，但数据段有 %2 字节</translation>
    </message>
    <message>
        <source>the CRC “%1” is not 4 hex digits</source>
        <translation>校验码“%1”不是 4 位十六进制数字</translation>
    </message>
    <message>
        <source>the CRC is %1 but the data segment gives %2</source>
        <translation>校验码为 %1，但数据段计算得 %2</translation>
    </message>
    <message>
        <source>no monitoring point has MN %1</source>
        <translation>没有 MN 为 %1 的监测点</translation>
    </message>
    <message>
        <source>wrong password for MN %1</source>
        <translation>MN %1 的密码错误</translation>
    </message>
    <message>
        <source>the data segment holds bytes that are not printable ASCII</source>
        <translation>数据段含有非可打印 ASCII 字节</translation>
    </message>
    <message>
        <source>the data segment has no CP=&amp;&amp;…&amp;&amp;</source>
        <translation>数据段没有 CP=&amp;&amp;…&amp;&amp;</translation>
    </message>
    <message>
        <source>CP does not end with &amp;&amp;</source>
        <translation>CP 不以 &amp;&amp; 结尾</translation>
    </message>
    <message>
        <source>“%1” is not KEY=value</source>
        <translation>“%1”不是 KEY=value 格式</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <source>QN “%1” is not a time YYYYMMDDhhmmsszzz</source>
        <translation>QN“%1”不是 YYYYMMDDhhmmsszzz 格式的时间</translation>
    </message>
    <message>
        <source>ST “%1” is not 2 digits</source>
        <translation>ST“%1”不是 2 位数字</translation>
    </message>
    <message>
        <source>CN “%1” is not 4 digits</source>
        <translation>CN“%1”不是 4 位数字</translation>
    </message>
    <message>
        <source>PW is not %1 characters</source>
        <translation>PW 不是 %1 个字符</translation>
    </message>
    <message>
        <source>MN “%1” is not 1 to %2 letters and digits</source>
        <translation>MN“%1”不是 1 到 %2 个字母和数字</translation>
    </message>
    <message>
        <source>Flag “%1” is not a number 0 to 255</source>
        <translation>Flag“%1”不是 0 到 255 之间的数字</translation>
    </message>
    <message>
        <source>PNUM “%1” is not a packet count</source>
        <translation>PNUM“%1”不是有效的总包数</translation>
    </message>
    <message>
        <source>PNO “%1” is not a packet number</source>
        <translation>PNO“%1”不是有效的包号</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <source>the data segment has no %1</source>
        <translation>数据段没有 %1</translation>
    </message>
    <message>
        <source>Flag and PNUM/PNO disagree on whether the packet is split</source>
        <translation>Flag 与 PNUM/PNO 对是否分包的表示不一致</translation>
    </message>
    <message>
        <source>PNO %1 is beyond PNUM %2</source>
        <translation>PNO %1 超出 PNUM %2</translation>
    </message>
    <message>
        <source>CP item “%1” is not KEY=value</source>
        <translation>CP 项“%1”不是 KEY=value 格式</translation>
    </message>
</context>
<context>
    <name>rc::IdentifyPanel</name>
    <message>
        <source>showing %1 of %2</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No features found</source>
        <translation>未找到要素</translation>
    </message>
    <message>
        <source>Showing %1 of %2 features</source>
        <translation>显示 %1 / %2 个要素</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) found</source>
        <translation>
            <numerusform>找到 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature / Field</source>
        <translation>要素 / 字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Zoom to the feature</source>
        <translation>缩放至该要素</translation>
    </message>
    <message>
        <source>Flash the feature on the map</source>
        <translation>在地图上闪烁该要素</translation>
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
    <message>
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
</context>
<context>
    <name>rc::LayoutExportJob</name>
    <message>
        <source>%1 dpi is too fine for this page: at most %2 pixels a side can be drawn.</source>
        <translation>%1 dpi 对此页面过高：每边最多只能绘制 %2 像素。</translation>
    </message>
    <message>
        <source>Rendering the map…</source>
        <translation>正在渲染地图…</translation>
    </message>
    <message>
        <source>Composing the page…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>正在写入“%1”…</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>rc::Legend</name>
    <message>
        <source>all other</source>
        <translation>其他所有</translation>
    </message>
    <message>
        <source>low → high density</source>
        <translation>密度 低 → 高</translation>
    </message>
    <message>
        <source>clusters of nearby features</source>
        <translation>邻近要素聚合</translation>
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
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>图层(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Style…</source>
        <translation>样式(&amp;S)…</translation>
    </message>
    <message>
        <source>Measure &amp;Distance</source>
        <translation>测量距离(&amp;D)</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>测量面积(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <source>Rongcheng</source>
        <translation>榕城</translation>
    </message>
    <message>
        <source>Generating the Fuzhou demo city for the first start (about a minute)…</source>
        <translation>首次启动，正在生成福州演示城市（约一分钟）…</translation>
    </message>
    <message>
        <source>GIS data and projects (*.rcproj *.gpkg *.shp *.geojson *.json *.csv *.fgb *.kml *.kmz *.gml *.gpx *.sqlite);;All files (*)</source>
        <translation>GIS 数据和项目 (*.rcproj *.gpkg *.shp *.geojson *.json *.csv *.fgb *.kml *.kmz *.gml *.gpx *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Fuzhou</source>
        <translation>福州</translation>
    </message>
    <message>
        <source>Attribute table — %1</source>
        <translation>属性表 — %1</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>识别要素(&amp;I)</translation>
    </message>
    <message>
        <source>Select by &amp;Click</source>
        <translation>点选(&amp;C)</translation>
    </message>
    <message>
        <source>Select by &amp;Box</source>
        <translation>框选(&amp;B)</translation>
    </message>
    <message>
        <source>Select by Pol&amp;ygon</source>
        <translation>多边形选择(&amp;Y)</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>打开属性表(&amp;A)</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>识别结果</translation>
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
        <translation>其他所有</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>CRS name (authority code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Density: low to high</source>
        <translation>密度：由低到高</translation>
    </message>
    <message>
        <source>Count: low to high</source>
        <translation>数量：由少到多</translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation>坐标系：%1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north arrow</comment>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>rc::MeasureTool</name>
    <message>
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
    <message>
        <source>Area: %1, perimeter: %2</source>
        <translation>面积：%1，周长：%2</translation>
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
    <name>rc::MqttClient</name>
    <message>
        <source>cannot create an MQTT client: %1</source>
        <translation>无法创建 MQTT 客户端：%1</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>无法连接到 %1:%2：%3</translation>
    </message>
    <message>
        <source>broker %1:%2 not reachable yet: %3</source>
        <translation>代理服务器 %1:%2 暂时无法连接：%3</translation>
    </message>
    <message>
        <source>cannot start the MQTT network thread: %1</source>
        <translation>无法启动 MQTT 网络线程：%1</translation>
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
    <message>
        <source>invalid background colour “%1”</source>
        <translation>无效的背景颜色“%1”</translation>
    </message>
</context>
<context>
    <name>rc::ReadingValidator</name>
    <message>
        <source>the reading has no valid time</source>
        <translation>该读数没有有效时间</translation>
    </message>
    <message>
        <source>the reading&apos;s time %1 is in the future</source>
        <translation>该读数的时间 %1 晚于当前时间</translation>
    </message>
    <message>
        <source>no station has STCD “%1”</source>
        <translation>没有 STCD 为“%1”的测站</translation>
    </message>
    <message>
        <source>a value of station %1 is not a finite number</source>
        <translation>测站 %1 的某个值不是有限数</translation>
    </message>
    <message>
        <source>no monitoring point has MN “%1”</source>
        <translation>没有 MN 为“%1”的监测点</translation>
    </message>
    <message>
        <source>%1 of MN %2 is not a finite number</source>
        <translation>MN %2 的 %1 不是有限数</translation>
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
    <message>
        <source>A project (.rcproj) to draw, with its styles, CRS and start view.</source>
        <translation>要绘制的项目（.rcproj），包括其样式、坐标参考系和初始视图。</translation>
    </message>
    <message>
        <source>Draw a map sheet: title, legend, scale bar, north arrow and attribution around the map, on the --page (--size is then not used).</source>
        <translation>绘制图幅：在 --page 指定的页面上围绕地图绘制标题、图例、比例尺、指北针和版权说明（此时不使用 --size）。</translation>
    </message>
    <message>
        <source>The sheet&apos;s title (default: the project&apos;s).</source>
        <translation>图幅标题（默认：项目标题）。</translation>
    </message>
    <message>
        <source>Sheet page: a4 or a3 landscape, or fit (the map&apos;s aspect); default a4.</source>
        <translation>图幅页面：a4 或 a3 横向，或 fit（按地图宽高比）；默认 a4。</translation>
    </message>
    <message>
        <source>no layer given; use --layer PATH or --project FILE</source>
        <translation>未指定图层；请使用 --layer PATH 或 --project FILE</translation>
    </message>
    <message>
        <source>cannot write “%1”: unsupported image format; use .png or .pdf</source>
        <translation>无法写入“%1”：不支持的图像格式；请使用 .png 或 .pdf</translation>
    </message>
    <message>
        <source>Rongcheng map</source>
        <translation>榕城地图</translation>
    </message>
    <message>
        <source>invalid --page “%1”; expected a4, a3 or fit</source>
        <translation>无效的 --page“%1”；应为 a4、a3 或 fit</translation>
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
    <name>rc::ReverseCommand</name>
    <message>
        <source>Address source (GeoPackage, CSV ...) or its index.</source>
        <translation>地址数据源（GeoPackage、CSV 等）或其索引。</translation>
    </message>
    <message>
        <source>Address layer of the source (default: addresses).</source>
        <translation>数据源中的地址图层（默认：addresses）。</translation>
    </message>
    <message>
        <source>give the address database: --db PATH</source>
        <translation>请指定地址数据库：--db PATH</translation>
    </message>
    <message>
        <source>give a point in China: rongcheng reverse --db PATH LON LAT</source>
        <translation>请给出中国境内的一个点：rongcheng reverse --db PATH LON LAT</translation>
    </message>
    <message>
        <source>Building the address index</source>
        <translation>正在构建地址索引</translation>
    </message>
    <message>
        <source>the address database is empty</source>
        <translation>地址数据库为空</translation>
    </message>
</context>
<context>
    <name>rc::SimulateCommand</name>
    <message>
        <source>The MQTT broker to publish to.</source>
        <translation>要发布到的 MQTT 代理服务器。</translation>
    </message>
    <message>
        <source>Send HJ 212 frames over TCP to this server instead of MQTT.</source>
        <translation>通过 TCP 将 HJ 212 报文发送到此服务器，而不使用 MQTT。</translation>
    </message>
    <message>
        <source>normal or typhoon.</source>
        <translation>normal（常态）或 typhoon（台风）。</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default 1).</source>
        <translation>每真实秒对应的模拟秒数（默认 1）。</translation>
    </message>
    <message>
        <source>The city GeoPackage (default: the generated demo city).</source>
        <translation>城市 GeoPackage（默认：已生成的演示城市）。</translation>
    </message>
    <message>
        <source>Real seconds to run (default 600); the scenario plays out whole in that time.</source>
        <translation>运行的真实秒数（默认 600）；场景在此时间内完整演示。</translation>
    </message>
    <message>
        <source>Real seconds between rounds of readings (default 5).</source>
        <translation>两轮读数之间的真实秒数（默认 5）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>give the broker as --broker HOST:PORT</source>
        <translation>请以 --broker HOST:PORT 指定代理服务器</translation>
    </message>
    <message>
        <source>give the HJ 212 server as --hj212 HOST:PORT</source>
        <translation>请以 --hj212 HOST:PORT 指定 HJ 212 服务器</translation>
    </message>
    <message>
        <source>give --scenario normal or --scenario typhoon</source>
        <translation>请指定 --scenario normal 或 --scenario typhoon</translation>
    </message>
    <message>
        <source>--speed must be at least 1, --duration and --interval positive, --seed a number</source>
        <translation>--speed 必须至少为 1，--duration 和 --interval 必须为正数，--seed 必须为数字</translation>
    </message>
    <message>
        <source>%1 has no hydro_stations and no monitoring_points</source>
        <translation>%1 中没有 hydro_stations 和 monitoring_points</translation>
    </message>
    <message>
        <source>connected to %1:%2, %3 stations, %4 monitoring points, scenario %5</source>
        <translation>已连接到 %1:%2，%3 个测站，%4 个监测点，场景 %5</translation>
    </message>
    <message>
        <source>the broker %1:%2 or the HJ 212 server did not answer in 30 s</source>
        <translation>代理服务器 %1:%2 或 HJ 212 服务器在 30 秒内未响应</translation>
    </message>
    <message>
        <source>published %1 hydrological readings and %2 HJ 212 frames (%3 not sent)</source>
        <translation>已发布 %1 条水文读数和 %2 个 HJ 212 报文（%3 个未发送）</translation>
    </message>
</context>
<context>
    <name>rc::Sl323JsonDecoder</name>
    <message>
        <source>%1 “%2” is not a number</source>
        <translation>%1“%2”不是数字</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 不是有限数</translation>
    </message>
    <message>
        <source>a reading is not a JSON object</source>
        <translation>某条读数不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown table “%1”</source>
        <translation>未知表“%1”</translation>
    </message>
    <message>
        <source>the reading has no STCD</source>
        <translation>该读数没有 STCD</translation>
    </message>
    <message>
        <source>TM “%1” is not a time</source>
        <translation>TM“%1”不是时间</translation>
    </message>
    <message>
        <source>the %1 reading of %2 has no value</source>
        <translation>%2 的 %1 读数没有值</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 格式错误：%2</translation>
    </message>
</context>
<context>
    <name>rc::SqliteConnection</name>
    <message>
        <source>%1: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>%1：缺少 Qt 的 SQLite 驱动（请安装 libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1：无法打开数据库：%2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 失败：%3</translation>
    </message>
</context>
<context>
    <name>rc::StyleDialog</name>
    <message>
        <source>Style of “%1”</source>
        <translation>“%1”的样式</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Rule-based</source>
        <translation>基于规则</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Point clusters</source>
        <translation>点聚合</translation>
    </message>
    <message>
        <source>Hexagon bins</source>
        <translation>六边形分箱</translation>
    </message>
    <message>
        <source>Antenna sectors</source>
        <translation>天线扇区</translation>
    </message>
    <message>
        <source>Visible between scales</source>
        <translation>在比例尺范围内可见</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Zoomed out up to</source>
        <translation>最小比例尺</translation>
    </message>
    <message>
        <source>Zoomed in up to</source>
        <translation>最大比例尺</translation>
    </message>
    <message>
        <source>Renderer</source>
        <translation>渲染器</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 个分类</numerusform>
        </translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <source>Marker shape</source>
        <translation>标记形状</translation>
    </message>
    <message>
        <source>Marker size (px)</source>
        <translation>标记大小（像素）</translation>
    </message>
    <message>
        <source>Marker fill</source>
        <translation>标记填充</translation>
    </message>
    <message>
        <source>Marker outline</source>
        <translation>标记轮廓</translation>
    </message>
    <message>
        <source>Line colour</source>
        <translation>线条颜色</translation>
    </message>
    <message>
        <source>Line width (px)</source>
        <translation>线宽（像素）</translation>
    </message>
    <message>
        <source>Area fill</source>
        <translation>面填充</translation>
    </message>
    <message>
        <source>Area outline</source>
        <translation>面轮廓</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>色带</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>Value / range / filter</source>
        <translation>值 / 范围 / 筛选条件</translation>
    </message>
    <message>
        <source>Legend label</source>
        <translation>图例标签</translation>
    </message>
    <message>
        <source>Radius / cell size (px)</source>
        <translation>半径 / 单元大小（像素）</translation>
    </message>
    <message>
        <source>Weight field</source>
        <translation>权重字段</translation>
    </message>
    <message>
        <source>Azimuth field (°)</source>
        <translation>方位角字段（°）</translation>
    </message>
    <message>
        <source>Beam width field (°)</source>
        <translation>波束宽度字段（°）</translation>
    </message>
    <message>
        <source>Range field (m)</source>
        <translation>覆盖距离字段（米）</translation>
    </message>
    <message>
        <source>Colours come from the rules on the Rule-based page; without rules, from the area fill.</source>
        <translation>颜色取自“基于规则”页面中的规则；没有规则时取自面填充。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Label features</source>
        <translation>标注要素</translation>
    </message>
    <message>
        <source>all scales</source>
        <translation>所有比例尺</translation>
    </message>
    <message>
        <source>Size (pt)</source>
        <translation>大小（磅）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Shown up to scale</source>
        <translation>显示至比例尺</translation>
    </message>
    <message>
        <source>(each feature counts 1)</source>
        <translation>（每个要素计为 1）</translation>
    </message>
    <message>
        <source>Rule “%1”, at character %2: %3</source>
        <translation>规则“%1”，第 %2 个字符处：%3</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>正在分类…</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
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
