<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rc::AddressCheckCommand</name>
    <message>
        <source>Address quality of %1 (layer %2): %3 addresses</source>
        <translation>%1（图层 %2）的地址质量：%3 条地址</translation>
    </message>
    <message>
        <source>  (no community polygons: outside_community not checked)</source>
        <translation>  （无社区面：未检查 outside_community）</translation>
    </message>
    <message>
        <source>Address source (GeoPackage, CSV ...).</source>
        <translation>地址数据源（GeoPackage、CSV 等）。</translation>
    </message>
    <message>
        <source>Address layer of the source (default: addresses).</source>
        <translation>数据源中的地址图层（默认：addresses）。</translation>
    </message>
    <message>
        <source>Source of the community polygons (default: the address source).</source>
        <translation>社区面的数据源（默认：地址数据源）。</translation>
    </message>
    <message>
        <source>Layer of the community polygons (default: communities).</source>
        <translation>社区面图层（默认：communities）。</translation>
    </message>
    <message>
        <source>Write the findings to a GeoPackage layer or a CSV file.</source>
        <translation>将检查结果写入 GeoPackage 图层或 CSV 文件。</translation>
    </message>
    <message>
        <source>Print the report as JSON, findings included.</source>
        <translation>以 JSON 格式输出报告（含检查结果）。</translation>
    </message>
    <message>
        <source>give the address source: --db PATH</source>
        <translation>请指定地址数据源：--db PATH</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--out must end in .gpkg or .csv</source>
        <translation>--out 必须以 .gpkg 或 .csv 结尾</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Findings written to %1</source>
        <translation>检查结果已写入 %1</translation>
    </message>
</context>
<context>
    <name>rc::AddressFormat</name>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>户室</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Grid %1</source>
        <translation>网格 %1</translation>
    </message>
    <message>
        <source>Nearest address: %1, %2 away</source>
        <translation>最近地址：%1，距离 %2</translation>
    </message>
    <message>
        <source>Nearest address: %1</source>
        <translation>最近地址：%1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%L1 addresses</source>
        <translation>%L1 条地址</translation>
    </message>
</context>
<context>
    <name>rc::AddressHierarchy</name>
    <message>
        <source>(no road)</source>
        <translation>（无道路）</translation>
    </message>
    <message>
        <source>(no house number)</source>
        <translation>（无门牌号）</translation>
    </message>
    <message>
        <source>(no building)</source>
        <translation>（无楼栋）</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单元）</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（无户室）</translation>
    </message>
    <message>
        <source>Cannot read the address index %1: %2</source>
        <translation>无法读取地址索引 %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::AddressHierarchyModel</name>
    <message>
        <source>Standard address</source>
        <translation>标准地址</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>rc::AddressHierarchyPanel</name>
    <message>
        <source>%L1 standard addresses</source>
        <translation>%L1 条标准地址</translation>
    </message>
</context>
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
    <message>
        <source>The address index %1 is damaged (table %2).</source>
        <translation>地址索引 %1 已损坏（表 %2）。</translation>
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
    <message>
        <source>not a JSON object of field names (%1)</source>
        <translation>不是由字段名组成的 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>“%1” is not an address column (expected one of %2)</source>
        <translation>“%1”不是地址列（应为 %2 之一）</translation>
    </message>
    <message>
        <source>“%1” must name a field</source>
        <translation>“%1”必须指定一个字段</translation>
    </message>
    <message>
        <source>maps “%1” to “%2”, which layer “%3” lacks</source>
        <translation>将“%1”映射到“%2”，但图层“%3”中没有该字段</translation>
    </message>
</context>
<context>
    <name>rc::AddressSearchBox</name>
    <message>
        <source>Address, code or coordinate (Ctrl+F)</source>
        <translation>地址、编码或坐标（Ctrl+F）</translation>
    </message>
    <message>
        <source>Type an address in any spelling, an address or grid code, or a coordinate such as 119.30,26.08, 119°18&apos;E 26°05&apos;N or zone-40 metres; Enter goes there.</source>
        <translation>输入任意写法的地址、地址编码或网格编码，或坐标（如 119.30,26.08、119°18&apos;E 26°05&apos;N 或 40 带平面坐标（米））；按回车定位。</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 个结果</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 个结果</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to go there, Esc to close</source>
        <translation>↑↓ 选择，回车定位，Esc 关闭</translation>
    </message>
    <message>
        <source>No standard address matches “%1”</source>
        <translation>没有与“%1”匹配的标准地址</translation>
    </message>
    <message>
        <source>The address index is not loaded yet; coordinates work already</source>
        <translation>地址索引尚未加载；坐标定位已可使用</translation>
    </message>
</context>
<context>
    <name>rc::AddressTools</name>
    <message>
        <source>Checking addresses</source>
        <translation>正在检查地址</translation>
    </message>
    <message>
        <source>Building the address index</source>
        <translation>正在构建地址索引</translation>
    </message>
    <message>
        <source>No standard address matches “%1”.</source>
        <translation>没有与“%1”匹配的标准地址。</translation>
    </message>
    <message>
        <source>no grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation>网格 %1</translation>
    </message>
    <message>
        <source>no community</source>
        <translation>无社区</translation>
    </message>
    <message>
        <source>Nearest standard address: %1 — %2 away; %3, %4</source>
        <translation>最近的标准地址：%1 — 距离 %2；%3，%4</translation>
    </message>
    <message>
        <source>Address Search</source>
        <translation>地址搜索</translation>
    </message>
    <message>
        <source>Address Hierarchy</source>
        <translation>地址层级</translation>
    </message>
    <message>
        <source>&amp;Find Address…</source>
        <translation>查找地址(&amp;F)…</translation>
    </message>
    <message>
        <source>Search standard addresses, codes and coordinates (Ctrl+F)</source>
        <translation>搜索标准地址、编码和坐标（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Nearest Address</source>
        <translation>最近地址(&amp;N)</translation>
    </message>
    <message>
        <source>Click the map for the nearest standard address, its grid and community</source>
        <translation>点击地图，查询最近的标准地址及其所属网格和社区</translation>
    </message>
    <message>
        <source>Check Address &amp;Quality</source>
        <translation>检查地址质量(&amp;Q)</translation>
    </message>
    <message>
        <source>Check the standard addresses and show the findings as a layer</source>
        <translation>检查标准地址，并将检查结果显示为图层</translation>
    </message>
    <message>
        <source>Duplicate address code</source>
        <translation>地址编码重复</translation>
    </message>
    <message>
        <source>Duplicate address text</source>
        <translation>地址文本重复</translation>
    </message>
    <message>
        <source>Outside its community</source>
        <translation>位于所属社区之外</translation>
    </message>
    <message>
        <source>Missing level</source>
        <translation>层级缺失</translation>
    </message>
    <message>
        <source>House number out of sequence</source>
        <translation>门牌号顺序错乱</translation>
    </message>
    <message>
        <source>Code does not match its parents</source>
        <translation>编码与上级不符</translation>
    </message>
    <message>
        <source>Opening the address index…</source>
        <translation>正在打开地址索引…</translation>
    </message>
    <message>
        <source>“%1” has no position on the map.</source>
        <translation>“%1”在地图上没有位置。</translation>
    </message>
    <message>
        <source>Open a layer of standard addresses first (a layer named “addresses”).</source>
        <translation>请先打开标准地址图层（名为“addresses”的图层）。</translation>
    </message>
    <message>
        <source>Address findings</source>
        <translation>地址检查结果</translation>
    </message>
    <message>
        <source>Address check: no problems in %L1 addresses.</source>
        <translation>地址检查：%L1 条地址中未发现问题。</translation>
    </message>
    <message>
        <source>Address check: %L1 findings in %L2 addresses — %3</source>
        <translation>地址检查：在 %L2 条地址中发现 %L1 个问题 — %3</translation>
    </message>
    <message>
        <source>&amp;Geocode a File…</source>
        <translation>批量地理编码(&amp;G)…</translation>
    </message>
    <message>
        <source>Find the standard address of every row of a CSV file</source>
        <translation>为 CSV 文件的每一行查找标准地址</translation>
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
    <name>rc::AlarmAcknowledgeDialog</name>
    <message>
        <source>Acknowledge Alarm</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <source>What is being done, e.g. “patrol sent to the dyke”</source>
        <translation>正在采取的措施，例如“已派巡查人员前往堤防”</translation>
    </message>
    <message>
        <source>Alarm:</source>
        <translation>告警：</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>告警时间：</translation>
    </message>
    <message>
        <source>Value / limit:</source>
        <translation>数值 / 限值：</translation>
    </message>
    <message>
        <source>Acknowledged by:</source>
        <translation>确认人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>rc::AlarmPanel</name>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区县：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Show cleared</source>
        <translation>显示已消除</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>声音：关</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>声音：开</translation>
    </message>
    <message>
        <source>Beep when a new alarm is raised</source>
        <translation>产生新告警时发出提示音</translation>
    </message>
    <message>
        <source>%1 shown, %2 unacknowledged</source>
        <translation>显示 %1 条，%2 条未确认</translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>影响分析…</translation>
    </message>
    <message>
        <source>Addresses, grids, 5G sites and monitoring points within 2 km of the alarm&apos;s station</source>
        <translation>告警测站 2 公里范围内的标准地址、网格、5G 基站和监测点</translation>
    </message>
</context>
<context>
    <name>rc::AlarmTableModel</name>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>告警中</translation>
    </message>
    <message>
        <source>raised, back to normal</source>
        <translation>未确认，已恢复正常</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已消除</translation>
    </message>
    <message>
        <source>%1 / %2 (peak %3)</source>
        <translation>%1 / %2（峰值 %3）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Value / limit</source>
        <translation>数值 / 限值</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>告警时间</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>rc::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rc::AttributeFilter</name>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%1 %2 “%3”</translation>
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
    <message>
        <source>“%1” holds personal data, masked here: rows cannot be filtered by it</source>
        <translation>“%1”为已脱敏的个人信息，不能按其筛选</translation>
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
    <name>rc::BatchGeocoder</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: the file is not UTF-8</source>
        <translation>无法读取 %1：文件不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>%1 没有“%2”列（现有列：%3）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Geocoding was cancelled.</source>
        <translation>地理编码已取消。</translation>
    </message>
</context>
<context>
    <name>rc::BigScreenMode</name>
    <message>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;Big Screen</source>
        <translation>大屏(&amp;B)</translation>
    </message>
    <message>
        <source>Full-screen operations display: map, key figures and dashboard, dark theme (F11 or Esc leaves)</source>
        <translation>全屏运营展示：地图、关键指标和仪表盘，深色主题（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <source>Big-Screen &amp;Tour</source>
        <translation>大屏轮播(&amp;T)</translation>
    </message>
    <message>
        <source>In big-screen mode, show the city and each district in turn</source>
        <translation>在大屏模式下依次展示全市和各区县</translation>
    </message>
    <message>
        <source>Big-Screen &amp;Monitor</source>
        <translation>大屏显示器(&amp;M)</translation>
    </message>
    <message>
        <source>Key Figures</source>
        <translation>关键指标</translation>
    </message>
</context>
<context>
    <name>rc::CaseConflict</name>
    <message>
        <source>case %1 was changed by another seat: reload it and try again</source>
        <translation>案件 %1 已被其他席位修改：请刷新后重试</translation>
    </message>
    <message>
        <source>case %1 was changed by %2 at %3: reload it and try again</source>
        <translation>案件 %1 已被 %2 于 %3 修改：请刷新后重试</translation>
    </message>
</context>
<context>
    <name>rc::CaseDesk</name>
    <message>
        <source>The case desk cannot open the workflow of %1: %2</source>
        <translation>案卷台无法打开 %1 的流程：%2</translation>
    </message>
    <message>
        <source>The case desk has no workflow database open.</source>
        <translation>案卷台未打开流程数据库。</translation>
    </message>
    <message>
        <source>Case %1 kept as a draft: %2</source>
        <translation>案卷 %1 已保存为草稿：%2</translation>
    </message>
    <message>
        <source>Case %1 recorded in grid %2.</source>
        <translation>案卷 %1 已登记到网格 %2。</translation>
    </message>
    <message>
        <source>“%1” needs a reason: type it in the reason field first.</source>
        <translation>“%1”需要填写理由：请先在理由栏中填写。</translation>
    </message>
    <message>
        <source>Case %1: %2 → %3</source>
        <translation>案卷 %1：%2 → %3</translation>
    </message>
    <message>
        <source>Undone: the case recorded last is withdrawn (the audit trail keeps it).</source>
        <translation>已撤销：最近登记的案卷已撤回（审计记录中仍保留）。</translation>
    </message>
    <message>
        <source>Undone: case %1 is back at “%2”.</source>
        <translation>已撤销：案卷 %1 已回到“%2”。</translation>
    </message>
    <message>
        <source>Outside the city&apos;s grids: the case will be kept as a draft.</source>
        <translation>不在全市网格范围内：案卷将保存为草稿。</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>网格员 %1</translation>
    </message>
    <message>
        <source>no staff: name a department</source>
        <translation>无网格员：请指定部门</translation>
    </message>
    <message>
        <source>Grid %1, %2 (%3, %4); %5</source>
        <translation>网格 %1，%2（%3, %4）；%5</translation>
    </message>
    <message>
        <source>To the grid&apos;s staff</source>
        <translation>派给网格员</translation>
    </message>
    <message>
        <source>To a department</source>
        <translation>派给部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Reason or remark for the step (required to send back, return or void)</source>
        <translation>本环节的理由或备注（退回重办、退回或作废时必填）</translation>
    </message>
    <message>
        <source>Undo My Last Change</source>
        <translation>撤销我的上一次修改</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo your own last change of a case (Ctrl+Z)</source>
        <translation>撤销本人对案卷的上一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新案卷</translation>
    </message>
    <message>
        <source>Shared case database unreachable, trying again: %1</source>
        <translation>共享案件库无法连接，正在重试：%1</translation>
    </message>
    <message>
        <source>The case desk cannot open the shared case database, it will try again when the server answers: %1</source>
        <translation>案件台无法打开共享案件库，服务器恢复响应后将自动重试：%1</translation>
    </message>
    <message>
        <source>Shared cases of %1, read only: this database role may not change them.</source>
        <translation>%1 的共享案件，只读：当前数据库角色不能修改案件。</translation>
    </message>
    <message>
        <source>Shared cases of %1, live.</source>
        <translation>%1 的共享案件，实时同步。</translation>
    </message>
</context>
<context>
    <name>rc::CaseDeskModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>大类</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
</context>
<context>
    <name>rc::CaseIntakeForm</name>
    <message>
        <source>Operations center</source>
        <translation>城市运营中心</translation>
    </message>
    <message>
        <source>Not a coordinate: type “lon, lat” in degrees, or pick the place on the map.</source>
        <translation>不是有效坐标：请以度为单位输入“经度, 纬度”，或在地图上选取位置。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>大类</translation>
    </message>
    <message>
        <source>Subclass</source>
        <translation>小类</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>Reporter phone</source>
        <translation>上报人电话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Empty: the grid&apos;s own staff</source>
        <translation>留空：由本网格网格员处理</translation>
    </message>
    <message>
        <source>Search a standard address…</source>
        <translation>搜索标准地址…</translation>
    </message>
    <message>
        <source>lon, lat (CGCS2000)</source>
        <translation>经度, 纬度（CGCS2000）</translation>
    </message>
    <message>
        <source>Pick on Map</source>
        <translation>地图选点</translation>
    </message>
    <message>
        <source>Click the place of the event on the map</source>
        <translation>在地图上点击事件发生位置</translation>
    </message>
    <message>
        <source>Record Case</source>
        <translation>登记案卷</translation>
    </message>
</context>
<context>
    <name>rc::CaseStateMachine</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Information collected</source>
        <translation>信息采集</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>案卷建立</translation>
    </message>
    <message>
        <source>Task dispatched</source>
        <translation>任务派遣</translation>
    </message>
    <message>
        <source>Task in hand</source>
        <translation>任务处理</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>处理反馈</translation>
    </message>
    <message>
        <source>Verified and closed</source>
        <translation>核查结案</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>采集</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Report result</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>Verify and close</source>
        <translation>核查并结案</translation>
    </message>
    <message>
        <source>Send back for rework</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <source>Return to the center</source>
        <translation>退回运营中心</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>rc::CommandLine</name>
    <message>
        <source>rongcheng: “%1” is not a command
</source>
        <translation>rongcheng：“%1”不是命令
</translation>
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
    <name>rc::DashboardPanel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source> (selection)</source>
        <translation>（所选）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Events per district</source>
        <translation>各区县事件数</translation>
    </message>
    <message>
        <source>Events per class</source>
        <translation>各大类事件数</translation>
    </message>
    <message>
        <source>Open in time</source>
        <translation>未结案（未超期）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>未结案与已结案</translation>
    </message>
    <message>
        <source>Mean handling time (h)</source>
        <translation>平均处置时长（h）</translation>
    </message>
    <message>
        <source>Time limit (h)</source>
        <translation>处置时限（h）</translation>
    </message>
    <message>
        <source>Mean handling time per class</source>
        <translation>各大类平均处置时长</translation>
    </message>
    <message>
        <source>Events reported per day</source>
        <translation>每日上报事件数</translation>
    </message>
    <message>
        <source>Trend, 30 days to %1</source>
        <translation>趋势：截至 %1 的 30 天</translation>
    </message>
    <message>
        <source>Trend, 30 days</source>
        <translation>趋势：近 30 天</translation>
    </message>
    <message>
        <source>No events layer in the map</source>
        <translation>地图中没有事件图层</translation>
    </message>
    <message>
        <source>%1 events as of %2 (UTC)</source>
        <translation>截至 %2（UTC）共 %1 件事件</translation>
    </message>
    <message>
        <source>Open events</source>
        <translation>未结案事件</translation>
    </message>
    <message>
        <source>Mean handling</source>
        <translation>平均处置时长</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>未处理告警</translation>
    </message>
    <message>
        <source>Alarms by type: none open or no live feeds</source>
        <translation>按类型统计告警：无未处理告警或无实时数据源</translation>
    </message>
    <message>
        <source>Open alarms by type</source>
        <translation>按类型统计未处理告警</translation>
    </message>
    <message>
        <source>Selection only</source>
        <translation>仅所选</translation>
    </message>
    <message>
        <source>Count only the events selected on the map</source>
        <translation>仅统计地图上所选的事件</translation>
    </message>
    <message>
        <source>(no band)</source>
        <translation>（无频段）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>5G sites per operator and band, by district</source>
        <translation>各区 5G 站点（按运营商与频段）</translation>
    </message>
</context>
<context>
    <name>rc::DashboardTools</name>
    <message>
        <source>Open events</source>
        <translation>未结案事件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Active alarms</source>
        <translation>活动告警</translation>
    </message>
    <message>
        <source>Readings/s</source>
        <translation>读数/秒</translation>
    </message>
    <message>
        <source>Events in record</source>
        <translation>在册事件</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表盘(&amp;D)</translation>
    </message>
    <message>
        <source>Events per district and class, overdue cases, handling times, trend, alarms and 5G sites; click a bar to select those features</source>
        <translation>按区县和大类统计事件、超期案卷、处置时长、趋势、告警和 5G 基站；点击柱条可选中相应要素</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
</context>
<context>
    <name>rc::DatabaseRoleAuthority</name>
    <message>
        <source>The database role of this seat may not see personal data in clear (it is not a member of %1); ask the database administrator</source>
        <translation>本席位的数据库角色不能查看明文个人信息（不是 %1 的成员）；请联系数据库管理员</translation>
    </message>
</context>
<context>
    <name>rc::DbCommand</name>
    <message>
        <source>The PostGIS database, as an administrator: &quot;PG:host=... port=... dbname=... user=...&quot;.</source>
        <translation>PostGIS 数据库，以管理员身份连接：&quot;PG:host=... port=... dbname=... user=...&quot;。</translation>
    </message>
    <message>
        <source>usage: rongcheng db init --to &quot;PG:...&quot;</source>
        <translation>用法：rongcheng db init --to &quot;PG:...&quot;</translation>
    </message>
    <message>
        <source>--to must be a PostGIS connection starting with “PG:”</source>
        <translation>--to 必须是以“PG:”开头的 PostGIS 连接</translation>
    </message>
    <message>
        <source>%1: the shared operations schema is current (version %2)</source>
        <translation>%1：共享业务模式已是最新（版本 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: the shared operations schema is now version %2 (%n migration(s) applied)</source>
        <translation>
            <numerusform>%1：共享业务模式现为版本 %2（已应用 %n 个迁移）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the schema was not changed: %2</source>
        <translation>%1：模式未作任何更改：%2</translation>
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
        <source>industries.csv gives too few polluting industries</source>
        <translation>industries.csv 中的污染行业过少</translation>
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
    <name>rc::DemoCityInstaller</name>
    <message>
        <source>the folder %1 holds files that Rongcheng did not make; the demo city is generated only into a new or empty folder</source>
        <translation>文件夹 %1 中有非榕城生成的文件；演示城市只会生成到新的或空的文件夹中</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the generated demo city in %1 is incomplete</source>
        <translation>%1 中生成的演示城市不完整</translation>
    </message>
    <message>
        <source>cannot keep %1 in %2</source>
        <translation>无法将 %1 保留到 %2</translation>
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
    <name>rc::EventTimeline</name>
    <message>
        <source>All classes</source>
        <translation>全部大类</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the event year: the window moves by the chosen step ten times a second</source>
        <translation>播放全年事件：时间窗口每秒按所选步长移动十次</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>How long a time window the map shows</source>
        <translation>地图显示的时间窗口长度</translation>
    </message>
    <message>
        <source>Event class shown</source>
        <translation>显示的事件大类</translation>
    </message>
    <message>
        <source>1 h per step</source>
        <translation>每步 1 小时</translation>
    </message>
    <message>
        <source>6 h per step</source>
        <translation>每步 6 小时</translation>
    </message>
    <message>
        <source>1 day per step</source>
        <translation>每步 1 天</translation>
    </message>
    <message>
        <source>1 week per step</source>
        <translation>每步 1 周</translation>
    </message>
    <message>
        <source>Start of the time window (Beijing time)</source>
        <translation>时间窗口起点（北京时间）</translation>
    </message>
</context>
<context>
    <name>rc::EventTools</name>
    <message>
        <source>Event Time Slider</source>
        <translation>事件时间轴</translation>
    </message>
    <message>
        <source>Show the events of a time window and class on the event map, and play the year</source>
        <translation>在事件地图上显示某一时间窗口和大类的事件，并可播放全年</translation>
    </message>
    <message>
        <source>Case Desk</source>
        <translation>案卷台</translation>
    </message>
    <message>
        <source>Grid Cases</source>
        <translation>网格案件</translation>
    </message>
    <message>
        <source>&amp;Grid Cases</source>
        <translation>网格案件(&amp;G)</translation>
    </message>
    <message>
        <source>Click a grid to see its staff and its open cases, overdue ones first</source>
        <translation>点击网格查看其网格员和未结案件（超期优先）</translation>
    </message>
</context>
<context>
    <name>rc::EventWorkflow</name>
    <message>
        <source>%1 may look at cases but not change them</source>
        <translation>%1 只能查看案卷，不能修改</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>不存在案卷 %1</translation>
    </message>
    <message>
        <source>Choose an event class.</source>
        <translation>请选择事件类别。</translation>
    </message>
    <message>
        <source>The event has no location: pick it on the map or search its address.</source>
        <translation>事件没有位置：请在地图上选取，或搜索其地址。</translation>
    </message>
    <message>
        <source>Grid %1 has no staff to dispatch to: name a department.</source>
        <translation>网格 %1 没有可派遣的网格员：请指定部门。</translation>
    </message>
    <message>
        <source>The location %1, %2 lies outside the city&apos;s grids.</source>
        <translation>位置 %1, %2 位于城市网格之外。</translation>
    </message>
    <message>
        <source>The time limit %1 is already past.</source>
        <translation>处理时限 %1 已过。</translation>
    </message>
    <message>
        <source>case %1 is already %2: its report can no longer be changed</source>
        <translation>案卷 %1 已处于“%2”：其上报信息不能再修改</translation>
    </message>
    <message>
        <source>case %1 keeps its report: %2</source>
        <translation>案卷 %1 的上报信息未修改：%2</translation>
    </message>
    <message>
        <source>name the department to dispatch case %1 to</source>
        <translation>请指定案卷 %1 要派遣到的部门</translation>
    </message>
    <message>
        <source>grid %1 has no staff to take case %2: dispatch it to a department</source>
        <translation>网格 %1 没有可承接案卷 %2 的网格员：请派遣到部门</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>case %1 is %2: “%3” is not a step it can take</source>
        <translation>案卷 %1 处于“%2”：不能执行“%3”</translation>
    </message>
    <message>
        <source>“%1” needs a reason</source>
        <translation>“%1”需要填写原因</translation>
    </message>
    <message>
        <source>case %1 stays a draft: %2</source>
        <translation>案卷 %1 仍为草稿：%2</translation>
    </message>
    <message>
        <source>there is no audit record %1</source>
        <translation>不存在审计记录 %1</translation>
    </message>
    <message>
        <source>audit record %1 is not a change of a case</source>
        <translation>审计记录 %1 不是案卷变更记录</translation>
    </message>
    <message>
        <source>change %1 was made by %2: only they can undo it</source>
        <translation>变更 %1 由 %2 做出：只有其本人可以撤销</translation>
    </message>
    <message>
        <source>change %1 has already been undone</source>
        <translation>变更 %1 已被撤销</translation>
    </message>
    <message>
        <source>case %1 was changed by %2 after change %3: that change must be undone first</source>
        <translation>在变更 %3 之后，%2 又修改了案卷 %1：须先撤销该修改</translation>
    </message>
    <message>
        <source>%1 has no change left to undo</source>
        <translation>%1 没有可撤销的变更</translation>
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
    <message>
        <source>The folder %1 does not exist: choose another one.</source>
        <translation>文件夹 %1 不存在：请另选一个。</translation>
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
    <name>rc::FeedStatusIndicator</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <source>Live feeds off</source>
        <translation>实时数据源已关闭</translation>
    </message>
    <message>
        <source>Live feeds connecting</source>
        <translation>实时数据源正在连接</translation>
    </message>
    <message>
        <source>Live feeds reconnecting</source>
        <translation>实时数据源正在重连</translation>
    </message>
    <message>
        <source>Live feeds connected</source>
        <translation>实时数据源已连接</translation>
    </message>
    <message>
        <source>%1 readings</source>
        <translation>%1 条读数</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 条被拒收</translation>
    </message>
    <message>
        <source>%1 messages, %2 readings accepted, %3 rejected, %4 reconnects</source>
        <translation>%1 条消息，已接收 %2 条读数，拒收 %3 条，重连 %4 次</translation>
    </message>
    <message>
        <source>last reading %1</source>
        <translation>最近读数 %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>No live feed runs. Click to set up the live feeds.</source>
        <translation>没有正在运行的实时数据源。点击以设置实时数据源。</translation>
    </message>
</context>
<context>
    <name>rc::GeocodeCommand</name>
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
    <name>rc::GeocodeDialog</name>
    <message>
        <source>&amp;Geocode</source>
        <translation>地理编码(&amp;G)</translation>
    </message>
    <message>
        <source>Geocode a File</source>
        <translation>批量地理编码</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Write the Result to</source>
        <translation>结果写入</translation>
    </message>
    <message>
        <source>Addresses to Geocode</source>
        <translation>待地理编码的地址</translation>
    </message>
    <message>
        <source>CSV file:</source>
        <translation>CSV 文件：</translation>
    </message>
    <message>
        <source>Address column:</source>
        <translation>地址列：</translation>
    </message>
    <message>
        <source>Result file:</source>
        <translation>结果文件：</translation>
    </message>
    <message>
        <source>The address index is not loaded yet: open the standard addresses first.</source>
        <translation>地址索引尚未加载：请先打开标准地址。</translation>
    </message>
    <message>
        <source>_geocoded</source>
        <translation>_geocoded</translation>
    </message>
    <message>
        <source>The result must go to another file than the addresses.</source>
        <translation>结果必须写入与地址文件不同的文件。</translation>
    </message>
    <message>
        <source>Geocoding…</source>
        <translation>正在地理编码…</translation>
    </message>
    <message>
        <source>%1 rows in %2 s, written to %3</source>
        <translation>%1 行，用时 %2 秒，已写入 %3</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>有歧义</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>rc::GeosContext</name>
    <message>
        <source>geometry operation %1 failed: %2</source>
        <translation>几何操作 %1 失败：%2</translation>
    </message>
    <message>
        <source>the geometry text is empty</source>
        <translation>几何文本为空</translation>
    </message>
    <message>
        <source>not valid WKT: %1</source>
        <translation>不是有效的 WKT：%1</translation>
    </message>
</context>
<context>
    <name>rc::GridCaseFinder</name>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
</context>
<context>
    <name>rc::GridCasesPanel</name>
    <message>
        <source>There is no loaded grids layer to look up.</source>
        <translation>没有已加载的网格图层可供查询。</translation>
    </message>
    <message>
        <source>Not enough memory to list the grid&apos;s cases.</source>
        <translation>内存不足，无法列出该网格的案件。</translation>
    </message>
    <message>
        <source>No grid here: click inside a grid of the grids layer.</source>
        <translation>此处没有网格：请在网格图层的网格内点击。</translation>
    </message>
    <message>
        <source>Grid staff: none assigned</source>
        <translation>网格员：未配置</translation>
    </message>
    <message>
        <source>Grid staff: %1 %2</source>
        <translation>网格员：%1 %2</translation>
    </message>
    <message>
        <source>Grid %1 · %2</source>
        <translation>网格 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s), %1 overdue, as of %2</source>
        <translation>
            <numerusform>未结案件 %n 件，其中超期 %1 件，截至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Case desk</source>
        <translation>案件台</translation>
    </message>
    <message>
        <source>Event record</source>
        <translation>事件记录</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Choose the Grid Cases tool and click a grid on the map.</source>
        <translation>选择“网格案件”工具，然后在地图上点击一个网格。</translation>
    </message>
    <message>
        <source>Unmask…</source>
        <translation>查看明文…</translation>
    </message>
    <message>
        <source>Show the grid staff&apos;s name and phone in clear (needs the operator or supervisor role, a reason, and is recorded in the audit trail)</source>
        <translation>以明文显示网格员姓名和电话（需要操作员或主管角色并填写理由，将记入审计记录）</translation>
    </message>
</context>
<context>
    <name>rc::GridLocator</name>
    <message>
        <source>no grid layer</source>
        <translation>没有网格图层</translation>
    </message>
    <message>
        <source>the grid layer has no grid_code field</source>
        <translation>网格图层没有 grid_code 字段</translation>
    </message>
    <message>
        <source>%1 has no layer “grids”</source>
        <translation>%1 没有图层“grids”</translation>
    </message>
</context>
<context>
    <name>rc::GridWindowChoropleth</name>
    <message>
        <source>Events per km²</source>
        <translation>事件/平方公里</translation>
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
    <name>rc::Hj212TcpServer</name>
    <message>
        <source>refused %1: too many connections</source>
        <translation>拒绝 %1：连接过多</translation>
    </message>
    <message>
        <source>%1 gave way to a new connection: it sent no valid frame</source>
        <translation>%1 让位于新连接：它没有发送过有效报文</translation>
    </message>
    <message>
        <source>%1 sent rejected frames too fast</source>
        <translation>%1 发送被拒报文过快</translation>
    </message>
    <message>
        <source>%1 does not read its replies</source>
        <translation>%1 不读取应答</translation>
    </message>
    <message>
        <source>%1 was silent too long</source>
        <translation>%1 静默时间过长</translation>
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
    <message>
        <source>Unmask…</source>
        <translation>查看明文…</translation>
    </message>
    <message>
        <source>Show the feature&apos;s phone numbers, ID numbers and names in clear (needs the operator role and a reason; audited)</source>
        <translation>以明文显示该要素的电话号码、身份证号和姓名（需要操作员角色并填写原因；将记录审计）</translation>
    </message>
</context>
<context>
    <name>rc::ImpactAnalysis</name>
    <message>
        <source>Standard addresses</source>
        <translation>标准地址</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>5G sites</source>
        <translation>5G 基站</translation>
    </message>
    <message>
        <source>Broadcast points</source>
        <translation>广播点</translation>
    </message>
    <message>
        <source>Monitoring points</source>
        <translation>监测点</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”, which the impact analysis needs</source>
        <translation>%1 没有影响分析所需的图层“%2”</translation>
    </message>
    <message>
        <source>layer “%1” of %2 is in %3; the impact analysis needs EPSG:4490</source>
        <translation>%2 的图层“%1”采用 %3；影响分析需要 EPSG:4490</translation>
    </message>
    <message>
        <source>the buffer must be a distance in metres above 0 and at most %L1 (got %2)</source>
        <translation>缓冲区距离必须大于 0 米且不超过 %L1 米（实际为 %2）</translation>
    </message>
    <message>
        <source>%1, %2 is not a longitude, latitude in degrees</source>
        <translation>%1, %2 不是以度为单位的经度、纬度</translation>
    </message>
    <message>
        <source>the area must be a POLYGON or MULTIPOLYGON with coordinates</source>
        <translation>区域必须是带坐标的 POLYGON 或 MULTIPOLYGON</translation>
    </message>
    <message>
        <source>the polygon&apos;s coordinates are not longitude, latitude in degrees (EPSG:4490)</source>
        <translation>多边形的坐标不是以度为单位的经度、纬度（EPSG:4490）</translation>
    </message>
    <message>
        <source>the polygon is not valid: %1</source>
        <translation>多边形无效：%1</translation>
    </message>
    <message>
        <source>the point %1, %2 lies outside the city (no district within %L3 m)</source>
        <translation>点 %1, %2 位于城市范围之外（%L3 米内没有区县）</translation>
    </message>
    <message>
        <source>the area lies outside the city (it meets no district)</source>
        <translation>该区域位于城市范围之外（不与任何区县相交）</translation>
    </message>
    <message>
        <source>the impact analysis has no “%1” layer</source>
        <translation>影响分析中没有“%1”图层</translation>
    </message>
    <message>
        <source>the area has no extent</source>
        <translation>该区域范围为空</translation>
    </message>
</context>
<context>
    <name>rc::ImpactCommand</name>
    <message>
        <source>The demo city&apos;s GeoPackage.</source>
        <translation>演示城市的 GeoPackage。</translation>
    </message>
    <message>
        <source>Centre of the area, EPSG:4490 longitude,latitude.</source>
        <translation>区域中心点，EPSG:4490 经度,纬度。</translation>
    </message>
    <message>
        <source>Buffer in metres around the point or the polygon.</source>
        <translation>点或多边形周围的缓冲区距离（米）。</translation>
    </message>
    <message>
        <source>The area as WKT in EPSG:4490 longitude/latitude.</source>
        <translation>以 WKT 表示的区域，坐标为 EPSG:4490 经度/纬度。</translation>
    </message>
    <message>
        <source>Also write the list of what lies inside (.csv or .gpkg).</source>
        <translation>同时写出区域内对象的清单（.csv 或 .gpkg）。</translation>
    </message>
    <message>
        <source>Print load and analysis times on stderr.</source>
        <translation>在标准错误输出加载和分析耗时。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>give the city&apos;s data: --db PATH</source>
        <translation>请指定城市数据：--db PATH</translation>
    </message>
    <message>
        <source>give either --point LON,LAT --buffer METRES or --polygon WKT</source>
        <translation>请指定 --point LON,LAT --buffer METRES 或 --polygon WKT 二者之一</translation>
    </message>
    <message>
        <source>--buffer wants metres, not “%1”</source>
        <translation>--buffer 应为米数，而不是“%1”</translation>
    </message>
    <message>
        <source>--point needs --buffer METRES</source>
        <translation>--point 需要同时指定 --buffer METRES</translation>
    </message>
    <message>
        <source>--point wants LON,LAT in degrees, not “%1”</source>
        <translation>--point 应为以度为单位的 LON,LAT，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>rc::ImpactExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot export to “%1”: give a .csv or .gpkg file</source>
        <translation>无法导出到“%1”：请指定 .csv 或 .gpkg 文件</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL 缺少 GeoPackage 驱动</translation>
    </message>
</context>
<context>
    <name>rc::ImpactPanel</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <source>The impact analysis needs the city&apos;s layers: open the demo city first</source>
        <translation>影响分析需要城市图层：请先打开演示城市</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Reading the city&apos;s layers…</source>
        <translation>正在读取城市图层…</translation>
    </message>
    <message>
        <source>Area %1 km², analysed in %2 ms</source>
        <translation>面积 %1 km²，分析用时 %2 ms</translation>
    </message>
    <message>
        <source>Click the map for a buffer around a point, or draw an area</source>
        <translation>点击地图生成点缓冲区，或绘制区域</translation>
    </message>
    <message>
        <source>Export the impact list</source>
        <translation>导出影响清单</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>已有导出任务正在进行</translation>
    </message>
    <message>
        <source>There is no impact analysis to export</source>
        <translation>没有可导出的影响分析结果</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Point and buffer</source>
        <translation>点和缓冲区</translation>
    </message>
    <message>
        <source>Draw an area</source>
        <translation>绘制区域</translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation>缓冲区：</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>范围内</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export GeoPackage…</source>
        <translation>导出 GeoPackage…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>rc::ImpactTool</name>
    <message>
        <source>An area needs at least three corners</source>
        <translation>区域至少需要三个顶点</translation>
    </message>
</context>
<context>
    <name>rc::ImpactTools</name>
    <message>
        <source>Impact list written to %1</source>
        <translation>影响清单已写入 %1</translation>
    </message>
    <message>
        <source>Impact &amp;Analysis</source>
        <translation>影响分析(&amp;A)</translation>
    </message>
    <message>
        <source>Which addresses, grids, communities, 5G sites, broadcast and monitoring points an area touches: click a point (with the buffer of the panel) or draw an area</source>
        <translation>查看区域涉及的地址、网格、社区、5G 基站、广播点和监测点：点击一个点（使用面板中设置的缓冲区）或绘制区域</translation>
    </message>
    <message>
        <source>Impact Analysis</source>
        <translation>影响分析</translation>
    </message>
</context>
<context>
    <name>rc::ImportCommand</name>
    <message>
        <source>The PostGIS database: &quot;PG:host=... port=... dbname=... user=...&quot;.</source>
        <translation>PostGIS 数据库：&quot;PG:host=... port=... dbname=... user=...&quot;。</translation>
    </message>
    <message>
        <source>Comma-separated layers to import (default: all).</source>
        <translation>要导入的图层，以逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>Database schema for the tables (default: public).</source>
        <translation>数据表所在的数据库模式（默认：public）。</translation>
    </message>
    <message>
        <source>usage: rongcheng import --to &quot;PG:...&quot; FILE.gpkg [--layers a,b] [--schema NAME]</source>
        <translation>用法：rongcheng import --to &quot;PG:...&quot; FILE.gpkg [--layers a,b] [--schema NAME]</translation>
    </message>
    <message>
        <source>--to must be a PostGIS connection starting with “PG:”</source>
        <translation>--to 必须是以“PG:”开头的 PostGIS 连接</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n layer(s), %1 features, in %2 s into %3</source>
        <translation>
            <numerusform>已在 %2 秒内将 %n 个图层（%1 个要素）导入 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the password (or read one line from standard input when it is not a terminal), use it and store it in the system keyring.</source>
        <translation>询问密码（标准输入不是终端时读取其中一行），使用它并保存到系统密钥环。</translation>
    </message>
    <message>
        <source>warning: a password in --to is visible to other users (ps, shell history); leave it out and use --remember-password, the keyring or PGPASSFILE</source>
        <translation>警告：写在 --to 中的密码对其他用户可见（ps、shell 历史）；请去掉它，改用 --remember-password、密钥环或 PGPASSFILE</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>--remember-password needs a password: type it, or give it on standard input</source>
        <translation>--remember-password 需要密码：请输入，或从标准输入提供</translation>
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
    <message>
        <source>Drawing the map…</source>
        <translation>正在绘制地图…</translation>
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
    <name>rc::LiveController</name>
    <message>
        <source>no hydro_stations and no monitoring_points</source>
        <translation>没有 hydro_stations 和 monitoring_points</translation>
    </message>
</context>
<context>
    <name>rc::LiveFeedsDialog</name>
    <message>
        <source>Receive live readings</source>
        <translation>接收实时读数</translation>
    </message>
    <message>
        <source>Accept data loggers over TCP</source>
        <translation>通过 TCP 接入数采仪</translation>
    </message>
    <message>
        <source>Live Feeds</source>
        <translation>实时数据源</translation>
    </message>
    <message>
        <source>MQTT topic filters carrying SL 323 JSON readings, separated by spaces</source>
        <translation>承载 SL 323 JSON 读数的 MQTT 主题过滤器，以空格分隔</translation>
    </message>
    <message>
        <source>MQTT topic filters carrying raw HJ 212 frames, separated by spaces</source>
        <translation>承载原始 HJ 212 报文的 MQTT 主题过滤器，以空格分隔</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>MQTT broker (host:port):</source>
        <translation>MQTT 代理服务器（host:port）：</translation>
    </message>
    <message>
        <source>Hydrology topics (SL 323):</source>
        <translation>水文主题（SL 323）：</translation>
    </message>
    <message>
        <source>Ecology topics (HJ 212):</source>
        <translation>生态环境主题（HJ 212）：</translation>
    </message>
    <message>
        <source>HJ 212 listen port:</source>
        <translation>HJ 212 监听端口：</translation>
    </message>
    <message>
        <source>Give the broker as host:port, e.g. 127.0.0.1:1883.</source>
        <translation>请以 host:port 格式填写 MQTT 代理服务器，例如 127.0.0.1:1883。</translation>
    </message>
    <message>
        <source>“%1” is not an MQTT topic filter (&apos;#&apos; only at the end, &apos;+&apos; only as a whole level).</source>
        <translation>“%1”不是有效的 MQTT 主题过滤器（“#”只能位于末尾，“+”只能单独作为一级）。</translation>
    </message>
    <message>
        <source>Give at least one topic or accept data loggers over TCP.</source>
        <translation>请至少填写一个主题，或启用通过 TCP 接入数采仪。</translation>
    </message>
    <message>
        <source>Encrypt with TLS</source>
        <translation>使用 TLS 加密</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keyring)</source>
        <translation>不变（保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>系统信任的 CA</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Broker user:</source>
        <translation>代理用户名：</translation>
    </message>
    <message>
        <source>Broker password:</source>
        <translation>代理密码：</translation>
    </message>
    <message>
        <source>CA certificate (PEM):</source>
        <translation>CA 证书（PEM）：</translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate</source>
        <translation>代理的 CA 证书</translation>
    </message>
    <message>
        <source>Client certificate (PEM):</source>
        <translation>客户端证书（PEM）：</translation>
    </message>
    <message>
        <source>This seat&apos;s client certificate</source>
        <translation>本席位的客户端证书</translation>
    </message>
    <message>
        <source>Client key (PEM):</source>
        <translation>客户端私钥（PEM）：</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key</source>
        <translation>客户端证书的私钥</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Give the broker user the password belongs to.</source>
        <translation>请填写该密码所属的代理用户名。</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>Give the client certificate and its key together, or neither.</source>
        <translation>客户端证书与私钥须同时填写，或都不填。</translation>
    </message>
</context>
<context>
    <name>rc::LiveWiring</name>
    <message>
        <source>The live feeds could not start: %1</source>
        <translation>实时数据源无法启动：%1</translation>
    </message>
    <message>
        <source>Alarm %1 could not be acknowledged: it was already acknowledged or cleared, or the alarm database refused the write.</source>
        <translation>告警 %1 无法确认：该告警已被确认或已消除，或告警数据库拒绝写入。</translation>
    </message>
    <message>
        <source>The live feeds start when a city with hydrology stations is open.</source>
        <translation>打开含有水文测站的城市后，实时数据源将自动启动。</translation>
    </message>
    <message>
        <source>&amp;Live Feeds…</source>
        <translation>实时数据源(&amp;L)…</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Alarm %1 was not acknowledged: %2</source>
        <translation>告警 %1 未确认：%2</translation>
    </message>
    <message>
        <source>The shared alarms could not be read: %1</source>
        <translation>无法读取共享告警：%1</translation>
    </message>
    <message>
        <source>The system keyring cannot store the broker password (%1); the feeds connect without it.</source>
        <translation>系统密钥环无法保存代理密码（%1）；数据源将不带密码连接。</translation>
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
    <message>
        <source>cannot use the MQTT user name: %1</source>
        <translation>无法使用 MQTT 用户名：%1</translation>
    </message>
    <message>
        <source>cannot use the TLS files (CA %1, certificate %2, key %3): %4</source>
        <translation>无法使用 TLS 文件（CA %1，证书 %2，私钥 %3）：%4</translation>
    </message>
</context>
<context>
    <name>rc::OpsSchema</name>
    <message>
        <source>%1 holds no shared operations schema: an administrator sets it up once with “rongcheng db init --to …”</source>
        <translation>%1 中没有共享业务模式：需由管理员运行一次“rongcheng db init --to …”进行初始化</translation>
    </message>
    <message>
        <source>the database role %1 may not use the shared operations schema on %2: an administrator grants it rc_operator or rc_viewer</source>
        <translation>数据库角色 %1 无权使用 %2 上的共享业务模式：需由管理员授予其 rc_operator 或 rc_viewer</translation>
    </message>
    <message>
        <source>the shared operations schema on %1 is version %2, this program needs version %3: an administrator upgrades it with “rongcheng db init --to …”</source>
        <translation>%1 上的共享业务模式为版本 %2，本程序需要版本 %3：需由管理员运行“rongcheng db init --to …”升级</translation>
    </message>
    <message>
        <source>the shared operations schema on %1 is version %2, newer than this program knows (%3): update Rongcheng</source>
        <translation>%1 上的共享业务模式为版本 %2，比本程序支持的版本（%3）更新：请更新榕城</translation>
    </message>
</context>
<context>
    <name>rc::PersonalDataAccess</name>
    <message>
        <source>%1 may not see personal data in clear; ask an operator or a supervisor</source>
        <translation>%1 无权查看个人信息明文；请联系操作员或主管</translation>
    </message>
    <message>
        <source>give a reason for showing personal data in clear</source>
        <translation>请填写查看个人信息明文的原因</translation>
    </message>
    <message>
        <source>name the field to show in clear</source>
        <translation>请指明要明文显示的字段</translation>
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
    <name>rc::PostgisAlarmAcks</name>
    <message>
        <source>this database role may only look at alarms: acknowledging needs an operator role</source>
        <translation>当前数据库角色只能查看告警：确认告警需要操作员角色</translation>
    </message>
    <message>
        <source>the shared alarm database failed, nothing was saved: %1</source>
        <translation>共享告警库出错，未保存任何内容：%1</translation>
    </message>
    <message>
        <source>this alarm was already acknowledged by %1 at %2</source>
        <translation>该告警已由 %1 于 %2 确认</translation>
    </message>
</context>
<context>
    <name>rc::PostgisAlarms</name>
    <message>
        <source>this database role may only look at alarms: acknowledging needs an operator role</source>
        <translation>当前数据库角色只能查看告警：确认告警需要操作员角色</translation>
    </message>
    <message>
        <source>the shared alarm database failed, nothing was saved: %1</source>
        <translation>共享告警库出错，未保存任何内容：%1</translation>
    </message>
    <message>
        <source>alarm %1 is no longer waiting for an acknowledgement</source>
        <translation>告警 %1 已无需确认</translation>
    </message>
</context>
<context>
    <name>rc::PostgisAuditLog</name>
    <message>
        <source>this database role may not write the shared audit trail: an operator role is needed</source>
        <translation>当前数据库角色不能写入共享审计记录：需要操作员角色</translation>
    </message>
    <message>
        <source>the shared audit trail failed, nothing was recorded: %1</source>
        <translation>共享审计记录出错，未记录任何内容：%1</translation>
    </message>
</context>
<context>
    <name>rc::PostgisBrowserDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add to Map</source>
        <translation>添加到地图(&amp;A)</translation>
    </message>
    <message>
        <source>Add PostGIS Layer</source>
        <translation>添加 PostGIS 图层</translation>
    </message>
    <message>
        <source>Schema / table</source>
        <translation>模式 / 表</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <source>SRID</source>
        <translation>SRID</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>行数（估计）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 (shared operations database)</source>
        <translation>%1（共享运营数据库）</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its stored password?</source>
        <translation>删除连接“%1”及其保存的密码？</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>正在读取 %1 的表…</translation>
    </message>
    <message>
        <source>%1 (geography)</source>
        <translation>%1（地理类型）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%1 as “%2” (%3), %4: %n table(s) with geometry.</source>
        <translation>
            <numerusform>%1，角色“%2”（%3），%4：%n 个含几何的表。</numerusform>
        </translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>rc::PostgisCaseLedger</name>
    <message>
        <source>the database role %1 may only read the shared cases: changes need an operator role</source>
        <translation>数据库角色 %1 只能读取共享案件：修改需要操作员角色</translation>
    </message>
    <message>
        <source>the shared case database failed, nothing was saved: %1</source>
        <translation>共享案件库出错，未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>rc::PostgisCatalog</name>
    <message>
        <source>this role may not read it</source>
        <translation>当前角色无权读取</translation>
    </message>
    <message>
        <source>no geometry column: not a map layer</source>
        <translation>没有几何列：不能作为地图图层</translation>
    </message>
    <message>
        <source>no SRID: the coordinates&apos; system is unknown and the layer may not line up</source>
        <translation>没有 SRID：坐标系未知，图层可能无法对齐</translation>
    </message>
    <message>
        <source>SRID %1 is not in spatial_ref_sys: the layer may not line up</source>
        <translation>SRID %1 不在 spatial_ref_sys 中：图层可能无法对齐</translation>
    </message>
</context>
<context>
    <name>rc::PostgisConnectionEditor</name>
    <message>
        <source>Use as the shared operations database (cases and alarms)</source>
        <translation>用作共享运营数据库（案件与告警）</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>New PostGIS Connection</source>
        <translation>新建 PostGIS 连接</translation>
    </message>
    <message>
        <source>Edit PostGIS Connection</source>
        <translation>编辑 PostGIS 连接</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in settings or projects</source>
        <translation>保存在系统密钥环中，绝不写入设置或工程文件</translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable：从不加密</translation>
    </message>
    <message>
        <source>allow: encrypt if the server insists</source>
        <translation>allow：服务器要求时加密</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can</source>
        <translation>prefer：服务器支持时加密</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require：始终加密</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, check the server&apos;s certificate</source>
        <translation>verify-ca：加密并校验服务器证书</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check certificate and host name</source>
        <translation>verify-full：加密并校验证书和主机名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SSL 模式(&amp;S)：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected as “%1” (%2) to %3.</source>
        <translation>已以“%1”（%2）连接到 %3。</translation>
    </message>
    <message>
        <source>operator: may write</source>
        <translation>操作员：可写</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>A connection called “%1” exists already; choose another name.</source>
        <translation>已存在名为“%1”的连接，请换一个名称。</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>正在将密码存入系统密钥环…</translation>
    </message>
    <message>
        <source>No system keyring is available (%1): the password is kept for this session only and will be asked for again after a restart.</source>
        <translation>系统密钥环不可用（%1）：密码仅在本次会话中保留，重启后需重新输入。</translation>
    </message>
</context>
<context>
    <name>rc::PostgisCredentials</name>
    <message>
        <source>the system keyring cannot store the password (%1)</source>
        <translation>系统密钥环无法保存密码（%1）</translation>
    </message>
    <message>
        <source>the system keyring cannot remove the password (%1)</source>
        <translation>系统密钥环无法删除该密码（%1）</translation>
    </message>
</context>
<context>
    <name>rc::PostgisImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Import into PostGIS</source>
        <translation>导入到 PostGIS</translation>
    </message>
    <message>
        <source>a GeoPackage or another vector file</source>
        <translation>GeoPackage 或其他矢量文件</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Features / error</source>
        <translation>要素数 / 错误</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>图层(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>模式(&amp;H)：</translation>
    </message>
    <message>
        <source>No saved PostGIS connection: add one with File ▸ Add PostGIS Layer.</source>
        <translation>没有已保存的 PostGIS 连接：请通过 文件 ▸ 添加 PostGIS 图层 新建一个。</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.csv);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;矢量文件 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the role of %1…</source>
        <translation>正在检查 %1 的角色…</translation>
    </message>
    <message>
        <source>This role may create tables here; tables of the same name are replaced.</source>
        <translation>当前角色可在此创建表；同名表将被替换。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>stopped: not imported</source>
        <translation>已停止：未导入</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n layer(s) imported</source>
        <translation>
            <numerusform>已停止：%n 个图层中已导入 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n layer(s) imported</source>
        <translation>
            <numerusform>%n 个图层中已导入 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::PostgisImporter</name>
    <message>
        <source>%1: the import failed and was rolled back (%2)</source>
        <translation>%1：导入失败，已回滚（%2）</translation>
    </message>
    <message>
        <source>%1: cannot read the source (%2)</source>
        <translation>%1：无法读取数据源（%2）</translation>
    </message>
    <message>
        <source>%1: has no layer named “%2”</source>
        <translation>%1：没有名为“%2”的图层</translation>
    </message>
    <message>
        <source>%1: the database role “%2” may not create tables in schema “%3”; import with an operator role</source>
        <translation>%1：数据库角色“%2”无权在模式“%3”中建表；请使用操作员角色导入</translation>
    </message>
    <message>
        <source>%1: cannot connect to the database server (%2)</source>
        <translation>%1：无法连接数据库服务器（%2）</translation>
    </message>
</context>
<context>
    <name>rc::PostgisLayerTools</name>
    <message>
        <source>Server Filter…</source>
        <translation>服务器端过滤…</translation>
    </message>
    <message>
        <source>Clear Server Filter</source>
        <translation>清除服务器端过滤</translation>
    </message>
</context>
<context>
    <name>rc::PostgisSession</name>
    <message>
        <source>%1: not a PostGIS connection (expected “PG:host=... dbname=...”)</source>
        <translation>%1：不是 PostGIS 连接（应为“PG:host=... dbname=...”）</translation>
    </message>
    <message>
        <source>%1: wrong user name or password (%2)</source>
        <translation>%1：用户名或密码错误（%2）</translation>
    </message>
    <message>
        <source>%1: cannot connect to the database server (%2)</source>
        <translation>%1：无法连接数据库服务器（%2）</translation>
    </message>
    <message>
        <source>%1: invalid name “%2”</source>
        <translation>%1：名称“%2”无效</translation>
    </message>
    <message>
        <source>%1: query failed (%2)</source>
        <translation>%1：查询失败（%2）</translation>
    </message>
    <message>
        <source>%1: query on %2 failed (%3)</source>
        <translation>%1：对 %2 的查询失败（%3）</translation>
    </message>
    <message>
        <source>%1: table %2 has no column “%3”</source>
        <translation>%1：表 %2 没有列“%3”</translation>
    </message>
</context>
<context>
    <name>rc::PostgisStatements</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rc::PostgisTools</name>
    <message>
        <source>Add Post&amp;GIS Layer…</source>
        <translation>添加 Post&amp;GIS 图层…</translation>
    </message>
    <message>
        <source>&amp;Import into PostGIS…</source>
        <translation>导入到 PostGIS(&amp;I)…</translation>
    </message>
    <message>
        <source>The database role “%1” only reads: import with an operator connection.</source>
        <translation>数据库角色“%1”只读：请使用操作员连接导入。</translation>
    </message>
    <message>
        <source>PostGIS: not reached</source>
        <translation>PostGIS：未连接</translation>
    </message>
    <message>
        <source>PostGIS: %1 · operator</source>
        <translation>PostGIS：%1 · 操作员</translation>
    </message>
    <message>
        <source>PostGIS: %1 · read-only</source>
        <translation>PostGIS：%1 · 只读</translation>
    </message>
    <message>
        <source>Imported into %1: File ▸ Add PostGIS Layer shows the tables.</source>
        <translation>已导入 %1：可在 文件 ▸ 添加 PostGIS 图层 中查看这些表。</translation>
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
    <name>rc::ReverseGeocodeTool</name>
    <message>
        <source>The address index is not loaded; open a layer of standard addresses first.</source>
        <translation>地址索引尚未加载；请先打开标准地址图层。</translation>
    </message>
    <message>
        <source>The address index is empty.</source>
        <translation>地址索引为空。</translation>
    </message>
</context>
<context>
    <name>rc::RoleFile</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a plain %2</source>
        <translation>%1 不是普通%2</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 is not owned by %2</source>
        <translation>%1 的所有者不是 %2</translation>
    </message>
    <message>
        <source>%1 may be written by others than its owner</source>
        <translation>%1 可被所有者以外的用户写入</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 无法读取</translation>
    </message>
    <message>
        <source>Personal data stays masked: the role file cannot be trusted (%1)</source>
        <translation>个人信息保持脱敏：角色文件不可信（%1）</translation>
    </message>
    <message>
        <source>%1 is not listed as an operator or a supervisor in %2, so personal data stays masked</source>
        <translation>%1 未在 %2 中列为操作员或主管，个人信息保持脱敏</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>当前账号</translation>
    </message>
</context>
<context>
    <name>rc::ServerFilterDialog</name>
    <message>
        <source>Server Filter</source>
        <translation>服务器端过滤</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
</context>
<context>
    <name>rc::SharedAlarmAcknowledgements</name>
    <message>
        <source>alarm %1 is no longer waiting for an acknowledgement</source>
        <translation>告警 %1 已无需确认</translation>
    </message>
    <message>
        <source>alarm %1 is acknowledged for the other seats, but this seat&apos;s alarm database refused the write</source>
        <translation>告警 %1 已对其他席位确认，但本席位的告警库拒绝写入</translation>
    </message>
</context>
<context>
    <name>rc::SharedAlarmBoard</name>
    <message>
        <source>alarm %1 is no longer waiting for an acknowledgement</source>
        <translation>告警 %1 已无需确认</translation>
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
    <message>
        <source>The broker user; the password comes from RONGCHENG_MQTT_PASSWORD or the keyring.</source>
        <translation>代理用户名；密码取自 RONGCHENG_MQTT_PASSWORD 或密钥环。</translation>
    </message>
    <message>
        <source>Connect to the broker over TLS.</source>
        <translation>通过 TLS 连接代理。</translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate (PEM; default: the system&apos;s CAs).</source>
        <translation>代理的 CA 证书（PEM；默认：系统的 CA）。</translation>
    </message>
    <message>
        <source>A client certificate (PEM).</source>
        <translation>客户端证书（PEM）。</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key (PEM).</source>
        <translation>客户端证书的私钥（PEM）。</translation>
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
    <message>
        <source>the message has %1 bytes, more than the %2 a batch of readings may have</source>
        <translation>消息有 %1 字节，超过一批读数允许的 %2 字节</translation>
    </message>
</context>
<context>
    <name>rc::StationChart</name>
    <message>
        <source>Wastewater flow</source>
        <translation>废水流量</translation>
    </message>
    <message>
        <source>pH</source>
        <translation>pH值</translation>
    </message>
    <message>
        <source>Chemical oxygen demand</source>
        <translation>化学需氧量</translation>
    </message>
    <message>
        <source>Ammonia nitrogen</source>
        <translation>氨氮</translation>
    </message>
    <message>
        <source>Total phosphorus</source>
        <translation>总磷</translation>
    </message>
    <message>
        <source>Total nitrogen</source>
        <translation>总氮</translation>
    </message>
    <message>
        <source>Flue gas flow</source>
        <translation>废气流量</translation>
    </message>
    <message>
        <source>Particulate matter</source>
        <translation>颗粒物</translation>
    </message>
    <message>
        <source>Sulphur dioxide</source>
        <translation>二氧化硫</translation>
    </message>
    <message>
        <source>Nitrogen oxides</source>
        <translation>氮氧化物</translation>
    </message>
    <message>
        <source>Rainfall (mm)</source>
        <translation>雨量（mm）</translation>
    </message>
    <message>
        <source>Hourly rainfall</source>
        <translation>时段雨量</translation>
    </message>
    <message>
        <source>Accumulated rainfall (mm)</source>
        <translation>累计雨量（mm）</translation>
    </message>
    <message>
        <source>Accumulated rainfall</source>
        <translation>累计雨量</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>水位</translation>
    </message>
    <message>
        <source>Reservoir level</source>
        <translation>库水位</translation>
    </message>
    <message>
        <source>Tide level</source>
        <translation>潮位</translation>
    </message>
    <message>
        <source>%1 (m)</source>
        <translation>%1（m）</translation>
    </message>
    <message>
        <source>Flood limit level %1 m</source>
        <translation>汛限水位 %1 m</translation>
    </message>
    <message>
        <source>Warning level %1 m</source>
        <translation>警戒水位 %1 m</translation>
    </message>
    <message>
        <source>Guaranteed level %1 m</source>
        <translation>保证水位 %1 m</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Upper limit %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>Discharge limit %1</source>
        <translation>排放限值 %1</translation>
    </message>
    <message>
        <source>Lower limit %1</source>
        <translation>下限 %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>rc::StationHistory</name>
    <message>
        <source>%1: cannot open the history: %2</source>
        <translation>%1：无法打开历史数据：%2</translation>
    </message>
    <message>
        <source>%1: cannot read the history: %2</source>
        <translation>%1：无法读取历史数据：%2</translation>
    </message>
</context>
<context>
    <name>rc::StationPanel</name>
    <message>
        <source>Hydrological station</source>
        <translation>水文站</translation>
    </message>
    <message>
        <source>Water level station</source>
        <translation>水位站</translation>
    </message>
    <message>
        <source>Reservoir station</source>
        <translation>水库站</translation>
    </message>
    <message>
        <source>Rainfall station</source>
        <translation>雨量站</translation>
    </message>
    <message>
        <source>Tide station</source>
        <translation>潮位站</translation>
    </message>
    <message>
        <source>Buoy</source>
        <translation>浮标</translation>
    </message>
    <message>
        <source>Online monitoring point</source>
        <translation>在线监测点</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>%1 (MN …%2)</source>
        <translation>%1（MN …%2）</translation>
    </message>
    <message>
        <source>Double-click a station on the map, or choose Station Chart on an identified station.</source>
        <translation>在地图上双击测站，或在识别结果中选中测站后选择“测站过程线”。</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>正在读取历史数据…</translation>
    </message>
    <message>
        <source>Latest %1 m at %2</source>
        <translation>最新 %1 m（%2）</translation>
    </message>
    <message>
        <source>above the guaranteed level</source>
        <translation>超保证水位</translation>
    </message>
    <message>
        <source>above the flood limit level</source>
        <translation>超汛限水位</translation>
    </message>
    <message>
        <source>above the warning level</source>
        <translation>超警戒水位</translation>
    </message>
    <message>
        <source>%1 mm in this period; last hour %2 mm at %3</source>
        <translation>本时段累计 %1 mm，最近一小时 %2 mm（%3）</translation>
    </message>
    <message>
        <source>Latest %1 %2 at %3</source>
        <translation>最新 %1 %2（%3）</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>超标</translation>
    </message>
    <message>
        <source>No readings in this period.</source>
        <translation>本时段无数据。</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7天</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30天</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>最近24小时</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <source>Pollutant</source>
        <translation>监测因子</translation>
    </message>
</context>
<context>
    <name>rc::StationTools</name>
    <message>
        <source>Load the city&apos;s hydrological stations to replay their history.</source>
        <translation>请先加载城市的水文测站图层，再回放历史。</translation>
    </message>
    <message>
        <source>Identify a station, monitoring point or enterprise first, then choose it in the results.</source>
        <translation>请先识别测站、监测点或企业，并在识别结果中选中它。</translation>
    </message>
    <message>
        <source>Station Chart</source>
        <translation>测站过程线</translation>
    </message>
    <message>
        <source>History Replay</source>
        <translation>历史回放</translation>
    </message>
    <message>
        <source>History &amp;Replay</source>
        <translation>历史回放(&amp;R)</translation>
    </message>
    <message>
        <source>Station &amp;Chart Panel</source>
        <translation>测站过程线面板(&amp;C)</translation>
    </message>
    <message>
        <source>Station &amp;Chart</source>
        <translation>测站过程线(&amp;C)</translation>
    </message>
    <message>
        <source>Chart of the station chosen in the identify results (F7)</source>
        <translation>识别结果中所选测站的过程线（F7）</translation>
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
    <name>rc::TimeSlider</name>
    <message>
        <source>Pause the replay</source>
        <translation>暂停回放</translation>
    </message>
    <message>
        <source>Play the history</source>
        <translation>回放历史</translation>
    </message>
    <message>
        <source>Time of the replay</source>
        <translation>回放时刻</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
    <message>
        <source>%1 h/s</source>
        <translation>%1 小时/秒</translation>
    </message>
</context>
<context>
    <name>rc::UnmaskController</name>
    <message>
        <source>visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>grid staff</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>%1 (%2) may not see personal data in clear; ask an operator or a supervisor</source>
        <translation>%1（%2）无权查看个人信息明文；请联系操作员或主管</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>当前账号</translation>
    </message>
    <message>
        <source>Choose the features whose personal data you need to see</source>
        <translation>请选择需要查看个人信息的要素</translation>
    </message>
    <message>
        <source>This layer holds no personal data</source>
        <translation>该图层不含个人信息</translation>
    </message>
    <message>
        <source>Choose at most %1 features to unmask; %2 are selected</source>
        <translation>一次最多可对 %1 个要素查看明文；当前已选择 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n feature(s) of “%2”</source>
        <translation>
            <numerusform>“%2”中 %n 个要素的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason for showing personal data in clear</source>
        <translation>请填写查看个人信息明文的原因</translation>
    </message>
    <message>
        <source>An unmask is being recorded; try again in a moment</source>
        <translation>正在记录一次明文查看；请稍后重试</translation>
    </message>
    <message>
        <source>Unmask…</source>
        <translation>查看明文…</translation>
    </message>
    <message>
        <source>Show the personal data of the selected rows in clear (audited)</source>
        <translation>以明文显示所选行的个人信息（将记录审计）</translation>
    </message>
    <message>
        <source>This session has no user name to record in the audit trail, so personal data stays masked</source>
        <translation>本会话没有可记入审计记录的用户名，个人信息保持脱敏</translation>
    </message>
</context>
<context>
    <name>rc::UnmaskDialog</name>
    <message>
        <source>Show personal data in clear</source>
        <translation>查看个人信息明文</translation>
    </message>
    <message>
        <source>Show %1 in clear to %2.</source>
        <translation>将以明文向 %2 显示%1。</translation>
    </message>
    <message>
        <source>Your name, the time, the records and your reason are written to the audit trail before anything is shown.</source>
        <translation>在显示任何内容之前，您的姓名、时间、所查看的记录及原因将写入审计记录。</translation>
    </message>
    <message>
        <source>Reason, e.g. call the reporter back about case 2026-0412</source>
        <translation>原因，例如：就案卷 2026-0412 回访上报人</translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
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
<context>
    <name>rc::ViewFetchWorker</name>
    <message>
        <source>has no table named “%1”</source>
        <translation>没有名为“%1”的表</translation>
    </message>
    <message>
        <source>table “%1” has no geometry column, so it cannot be drawn on the map</source>
        <translation>表“%1”没有几何列，无法在地图上绘制</translation>
    </message>
    <message>
        <source>the geometry of table “%1” has an unknown spatial reference (SRID), so it cannot be placed on the map</source>
        <translation>表“%1”的几何使用未知的空间参考（SRID），无法放到地图上</translation>
    </message>
    <message>
        <source>%1: not enough memory for the features in view</source>
        <translation>%1：内存不足，无法容纳视图内的要素</translation>
    </message>
</context>
<context>
    <name>rc::ViewFetcher</name>
    <message>
        <source>Showing the first %L1 features in view: zoom in to see them all.</source>
        <translation>仅显示视图内前 %L1 个要素：放大可查看全部。</translation>
    </message>
    <message>
        <source>Server filter: %1</source>
        <translation>服务器端过滤：%1</translation>
    </message>
    <message>
        <source>Too many features to show here: showing an even sample of about %1 % of them (%L2 features). Zoom in to see them all.</source>
        <translation>此处要素过多：均匀抽样显示约 %1% 的要素（%L2 个）。放大可查看全部。</translation>
    </message>
    <message>
        <source>“%1” holds personal data: the server cannot be asked to filter by it</source>
        <translation>“%1”含个人信息，不能让服务器按此字段筛选</translation>
    </message>
</context>
<context>
    <name>rc::sqlite::Database</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 失败：%3</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1：无法打开数据库：%2</translation>
    </message>
</context>
</TS>
