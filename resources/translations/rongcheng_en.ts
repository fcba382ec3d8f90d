<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rc::AddressCheckCommand</name>
    <message>
        <source>Address quality of %1 (layer %2): %3 addresses</source>
        <translation>Address quality of %1 (layer %2): %3 addresses</translation>
    </message>
    <message>
        <source>  (no community polygons: outside_community not checked)</source>
        <translation>  (no community polygons: outside_community not checked)</translation>
    </message>
    <message>
        <source>Address source (GeoPackage, CSV ...).</source>
        <translation>Address source (GeoPackage, CSV ...).</translation>
    </message>
    <message>
        <source>Address layer of the source (default: addresses).</source>
        <translation>Address layer of the source (default: addresses).</translation>
    </message>
    <message>
        <source>Source of the community polygons (default: the address source).</source>
        <translation>Source of the community polygons (default: the address source).</translation>
    </message>
    <message>
        <source>Layer of the community polygons (default: communities).</source>
        <translation>Layer of the community polygons (default: communities).</translation>
    </message>
    <message>
        <source>Write the findings to a GeoPackage layer or a CSV file.</source>
        <translation>Write the findings to a GeoPackage layer or a CSV file.</translation>
    </message>
    <message>
        <source>Print the report as JSON, findings included.</source>
        <translation>Print the report as JSON, findings included.</translation>
    </message>
    <message>
        <source>give the address source: --db PATH</source>
        <translation>give the address source: --db PATH</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unexpected argument “%1”</translation>
    </message>
    <message>
        <source>--out must end in .gpkg or .csv</source>
        <translation>--out must end in .gpkg or .csv</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Findings written to %1</source>
        <translation>Findings written to %1</translation>
    </message>
</context>
<context>
    <name>rc::AddressFormat</name>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Compound</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>Grid %1</source>
        <translation>Grid %1</translation>
    </message>
    <message>
        <source>Nearest address: %1, %2 away</source>
        <translation>Nearest address: %1, %2 away</translation>
    </message>
    <message>
        <source>Nearest address: %1</source>
        <translation>Nearest address: %1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%L1 addresses</source>
        <translation>%L1 addresses</translation>
    </message>
</context>
<context>
    <name>rc::AddressHierarchy</name>
    <message>
        <source>(no road)</source>
        <translation>(no road)</translation>
    </message>
    <message>
        <source>(no house number)</source>
        <translation>(no house number)</translation>
    </message>
    <message>
        <source>(no building)</source>
        <translation>(no building)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(no room)</translation>
    </message>
    <message>
        <source>Cannot read the address index %1: %2</source>
        <translation>Cannot read the address index %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::AddressHierarchyModel</name>
    <message>
        <source>Standard address</source>
        <translation>Standard address</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
</context>
<context>
    <name>rc::AddressHierarchyPanel</name>
    <message>
        <source>%L1 standard addresses</source>
        <translation>%L1 standard addresses</translation>
    </message>
</context>
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
    <message>
        <source>The address index %1 is damaged (table %2).</source>
        <translation>The address index %1 is damaged (table %2).</translation>
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
    <message>
        <source>not a JSON object of field names (%1)</source>
        <translation>not a JSON object of field names (%1)</translation>
    </message>
    <message>
        <source>“%1” is not an address column (expected one of %2)</source>
        <translation>“%1” is not an address column (expected one of %2)</translation>
    </message>
    <message>
        <source>“%1” must name a field</source>
        <translation>“%1” must name a field</translation>
    </message>
    <message>
        <source>maps “%1” to “%2”, which layer “%3” lacks</source>
        <translation>maps “%1” to “%2”, which layer “%3” lacks</translation>
    </message>
</context>
<context>
    <name>rc::AddressSearchBox</name>
    <message>
        <source>Address, code or coordinate (Ctrl+F)</source>
        <translation>Address, code or coordinate (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type an address in any spelling, an address or grid code, or a coordinate such as 119.30,26.08, 119°18&apos;E 26°05&apos;N or zone-40 metres; Enter goes there.</source>
        <translation>Type an address in any spelling, an address or grid code, or a coordinate such as 119.30,26.08, 119°18&apos;E 26°05&apos;N or zone-40 metres; Enter goes there.</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 result</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to go there, Esc to close</source>
        <translation>↑↓ to choose, Enter to go there, Esc to close</translation>
    </message>
    <message>
        <source>No standard address matches “%1”</source>
        <translation>No standard address matches “%1”</translation>
    </message>
    <message>
        <source>The address index is not loaded yet; coordinates work already</source>
        <translation>The address index is not loaded yet; coordinates work already</translation>
    </message>
</context>
<context>
    <name>rc::AddressTools</name>
    <message>
        <source>Checking addresses</source>
        <translation>Checking addresses</translation>
    </message>
    <message>
        <source>Building the address index</source>
        <translation>Building the address index</translation>
    </message>
    <message>
        <source>No standard address matches “%1”.</source>
        <translation>No standard address matches “%1”.</translation>
    </message>
    <message>
        <source>no grid</source>
        <translation>no grid</translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation>grid %1</translation>
    </message>
    <message>
        <source>no community</source>
        <translation>no community</translation>
    </message>
    <message>
        <source>Nearest standard address: %1 — %2 away; %3, %4</source>
        <translation>Nearest standard address: %1 — %2 away; %3, %4</translation>
    </message>
    <message>
        <source>Address Search</source>
        <translation>Address Search</translation>
    </message>
    <message>
        <source>Address Hierarchy</source>
        <translation>Address Hierarchy</translation>
    </message>
    <message>
        <source>&amp;Find Address…</source>
        <translation>&amp;Find Address…</translation>
    </message>
    <message>
        <source>Search standard addresses, codes and coordinates (Ctrl+F)</source>
        <translation>Search standard addresses, codes and coordinates (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Nearest Address</source>
        <translation>&amp;Nearest Address</translation>
    </message>
    <message>
        <source>Click the map for the nearest standard address, its grid and community</source>
        <translation>Click the map for the nearest standard address, its grid and community</translation>
    </message>
    <message>
        <source>Check Address &amp;Quality</source>
        <translation>Check Address &amp;Quality</translation>
    </message>
    <message>
        <source>Check the standard addresses and show the findings as a layer</source>
        <translation>Check the standard addresses and show the findings as a layer</translation>
    </message>
    <message>
        <source>Duplicate address code</source>
        <translation>Duplicate address code</translation>
    </message>
    <message>
        <source>Duplicate address text</source>
        <translation>Duplicate address text</translation>
    </message>
    <message>
        <source>Outside its community</source>
        <translation>Outside its community</translation>
    </message>
    <message>
        <source>Missing level</source>
        <translation>Missing level</translation>
    </message>
    <message>
        <source>House number out of sequence</source>
        <translation>House number out of sequence</translation>
    </message>
    <message>
        <source>Code does not match its parents</source>
        <translation>Code does not match its parents</translation>
    </message>
    <message>
        <source>Opening the address index…</source>
        <translation>Opening the address index…</translation>
    </message>
    <message>
        <source>“%1” has no position on the map.</source>
        <translation>“%1” has no position on the map.</translation>
    </message>
    <message>
        <source>Open a layer of standard addresses first (a layer named “addresses”).</source>
        <translation>Open a layer of standard addresses first (a layer named “addresses”).</translation>
    </message>
    <message>
        <source>Address findings</source>
        <translation>Address findings</translation>
    </message>
    <message>
        <source>Address check: no problems in %L1 addresses.</source>
        <translation>Address check: no problems in %L1 addresses.</translation>
    </message>
    <message>
        <source>Address check: %L1 findings in %L2 addresses — %3</source>
        <translation>Address check: %L1 findings in %L2 addresses — %3</translation>
    </message>
    <message>
        <source>&amp;Geocode a File…</source>
        <translation>&amp;Geocode a File…</translation>
    </message>
    <message>
        <source>Find the standard address of every row of a CSV file</source>
        <translation>Find the standard address of every row of a CSV file</translation>
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
    <name>rc::AlarmAcknowledgeDialog</name>
    <message>
        <source>Acknowledge Alarm</source>
        <translation>Acknowledge Alarm</translation>
    </message>
    <message>
        <source>What is being done, e.g. “patrol sent to the dyke”</source>
        <translation>What is being done, e.g. “patrol sent to the dyke”</translation>
    </message>
    <message>
        <source>Alarm:</source>
        <translation>Alarm:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>Raised:</translation>
    </message>
    <message>
        <source>Value / limit:</source>
        <translation>Value / limit:</translation>
    </message>
    <message>
        <source>Acknowledged by:</source>
        <translation>Acknowledged by:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
</context>
<context>
    <name>rc::AlarmPanel</name>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Show cleared</source>
        <translation>Show cleared</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sound off</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Sound on</translation>
    </message>
    <message>
        <source>Beep when a new alarm is raised</source>
        <translation>Beep when a new alarm is raised</translation>
    </message>
    <message>
        <source>%1 shown, %2 unacknowledged</source>
        <translation>%1 shown, %2 unacknowledged</translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>Impact…</translation>
    </message>
    <message>
        <source>Addresses, grids, 5G sites and monitoring points within 2 km of the alarm&apos;s station</source>
        <translation>Addresses, grids, 5G sites and monitoring points within 2 km of the alarm&apos;s station</translation>
    </message>
</context>
<context>
    <name>rc::AlarmTableModel</name>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>raised</translation>
    </message>
    <message>
        <source>raised, back to normal</source>
        <translation>raised, back to normal</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>cleared</translation>
    </message>
    <message>
        <source>%1 / %2 (peak %3)</source>
        <translation>%1 / %2 (peak %3)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Value / limit</source>
        <translation>Value / limit</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
</context>
<context>
    <name>rc::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::AttributeFilter</name>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>starts with</translation>
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
    <message>
        <source>“%1” holds personal data, masked here: rows cannot be filtered by it</source>
        <translation>“%1” holds personal data, masked here: rows cannot be filtered by it</translation>
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
    <name>rc::BatchGeocoder</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: the file is not UTF-8</source>
        <translation>cannot read %1: the file is not UTF-8</translation>
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
        <source>Geocoding was cancelled.</source>
        <translation>Geocoding was cancelled.</translation>
    </message>
</context>
<context>
    <name>rc::BigScreenMode</name>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>&amp;Big Screen</source>
        <translation>&amp;Big Screen</translation>
    </message>
    <message>
        <source>Full-screen operations display: map, key figures and dashboard, dark theme (F11 or Esc leaves)</source>
        <translation>Full-screen operations display: map, key figures and dashboard, dark theme (F11 or Esc leaves)</translation>
    </message>
    <message>
        <source>Big-Screen &amp;Tour</source>
        <translation>Big-Screen &amp;Tour</translation>
    </message>
    <message>
        <source>In big-screen mode, show the city and each district in turn</source>
        <translation>In big-screen mode, show the city and each district in turn</translation>
    </message>
    <message>
        <source>Big-Screen &amp;Monitor</source>
        <translation>Big-Screen &amp;Monitor</translation>
    </message>
    <message>
        <source>Key Figures</source>
        <translation>Key Figures</translation>
    </message>
</context>
<context>
    <name>rc::CaseConflict</name>
    <message>
        <source>case %1 was changed by another seat: reload it and try again</source>
        <translation>case %1 was changed by another seat: reload it and try again</translation>
    </message>
    <message>
        <source>case %1 was changed by %2 at %3: reload it and try again</source>
        <translation>case %1 was changed by %2 at %3: reload it and try again</translation>
    </message>
</context>
<context>
    <name>rc::CaseDesk</name>
    <message>
        <source>The case desk cannot open the workflow of %1: %2</source>
        <translation>The case desk cannot open the workflow of %1: %2</translation>
    </message>
    <message>
        <source>The case desk has no workflow database open.</source>
        <translation>The case desk has no workflow database open.</translation>
    </message>
    <message>
        <source>Case %1 kept as a draft: %2</source>
        <translation>Case %1 kept as a draft: %2</translation>
    </message>
    <message>
        <source>Case %1 recorded in grid %2.</source>
        <translation>Case %1 recorded in grid %2.</translation>
    </message>
    <message>
        <source>“%1” needs a reason: type it in the reason field first.</source>
        <translation>“%1” needs a reason: type it in the reason field first.</translation>
    </message>
    <message>
        <source>Case %1: %2 → %3</source>
        <translation>Case %1: %2 → %3</translation>
    </message>
    <message>
        <source>Undone: the case recorded last is withdrawn (the audit trail keeps it).</source>
        <translation>Undone: the case recorded last is withdrawn (the audit trail keeps it).</translation>
    </message>
    <message>
        <source>Undone: case %1 is back at “%2”.</source>
        <translation>Undone: case %1 is back at “%2”.</translation>
    </message>
    <message>
        <source>Outside the city&apos;s grids: the case will be kept as a draft.</source>
        <translation>Outside the city&apos;s grids: the case will be kept as a draft.</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>staff %1</translation>
    </message>
    <message>
        <source>no staff: name a department</source>
        <translation>no staff: name a department</translation>
    </message>
    <message>
        <source>Grid %1, %2 (%3, %4); %5</source>
        <translation>Grid %1, %2 (%3, %4); %5</translation>
    </message>
    <message>
        <source>To the grid&apos;s staff</source>
        <translation>To the grid&apos;s staff</translation>
    </message>
    <message>
        <source>To a department</source>
        <translation>To a department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Reason or remark for the step (required to send back, return or void)</source>
        <translation>Reason or remark for the step (required to send back, return or void)</translation>
    </message>
    <message>
        <source>Undo My Last Change</source>
        <translation>Undo My Last Change</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo your own last change of a case (Ctrl+Z)</source>
        <translation>Undo your own last change of a case (Ctrl+Z)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Shared case database unreachable, trying again: %1</source>
        <translation>Shared case database unreachable, trying again: %1</translation>
    </message>
    <message>
        <source>The case desk cannot open the shared case database, it will try again when the server answers: %1</source>
        <translation>The case desk cannot open the shared case database, it will try again when the server answers: %1</translation>
    </message>
    <message>
        <source>Shared cases of %1, read only: this database role may not change them.</source>
        <translation>Shared cases of %1, read only: this database role may not change them.</translation>
    </message>
    <message>
        <source>Shared cases of %1, live.</source>
        <translation>Shared cases of %1, live.</translation>
    </message>
</context>
<context>
    <name>rc::CaseDeskModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>rc::CaseIntakeForm</name>
    <message>
        <source>Operations center</source>
        <translation>Operations center</translation>
    </message>
    <message>
        <source>Not a coordinate: type “lon, lat” in degrees, or pick the place on the map.</source>
        <translation>Not a coordinate: type “lon, lat” in degrees, or pick the place on the map.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subclass</source>
        <translation>Subclass</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Reporter phone</source>
        <translation>Reporter phone</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Empty: the grid&apos;s own staff</source>
        <translation>Empty: the grid&apos;s own staff</translation>
    </message>
    <message>
        <source>Search a standard address…</source>
        <translation>Search a standard address…</translation>
    </message>
    <message>
        <source>lon, lat (CGCS2000)</source>
        <translation>lon, lat (CGCS2000)</translation>
    </message>
    <message>
        <source>Pick on Map</source>
        <translation>Pick on Map</translation>
    </message>
    <message>
        <source>Click the place of the event on the map</source>
        <translation>Click the place of the event on the map</translation>
    </message>
    <message>
        <source>Record Case</source>
        <translation>Record Case</translation>
    </message>
</context>
<context>
    <name>rc::CaseStateMachine</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Information collected</source>
        <translation>Information collected</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>Case registered</translation>
    </message>
    <message>
        <source>Task dispatched</source>
        <translation>Task dispatched</translation>
    </message>
    <message>
        <source>Task in hand</source>
        <translation>Task in hand</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>Result reported</translation>
    </message>
    <message>
        <source>Verified and closed</source>
        <translation>Verified and closed</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Collect</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Start handling</translation>
    </message>
    <message>
        <source>Report result</source>
        <translation>Report result</translation>
    </message>
    <message>
        <source>Verify and close</source>
        <translation>Verify and close</translation>
    </message>
    <message>
        <source>Send back for rework</source>
        <translation>Send back for rework</translation>
    </message>
    <message>
        <source>Return to the center</source>
        <translation>Return to the center</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
</context>
<context>
    <name>rc::CommandLine</name>
    <message>
        <source>rongcheng: “%1” is not a command
</source>
        <translation>rongcheng: “%1” is not a command
</translation>
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
    <name>rc::DashboardPanel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source> (selection)</source>
        <translation> (selection)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Events per district</source>
        <translation>Events per district</translation>
    </message>
    <message>
        <source>Events per class</source>
        <translation>Events per class</translation>
    </message>
    <message>
        <source>Open in time</source>
        <translation>Open in time</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Open and closed</translation>
    </message>
    <message>
        <source>Mean handling time (h)</source>
        <translation>Mean handling time (h)</translation>
    </message>
    <message>
        <source>Time limit (h)</source>
        <translation>Time limit (h)</translation>
    </message>
    <message>
        <source>Mean handling time per class</source>
        <translation>Mean handling time per class</translation>
    </message>
    <message>
        <source>Events reported per day</source>
        <translation>Events reported per day</translation>
    </message>
    <message>
        <source>Trend, 30 days to %1</source>
        <translation>Trend, 30 days to %1</translation>
    </message>
    <message>
        <source>Trend, 30 days</source>
        <translation>Trend, 30 days</translation>
    </message>
    <message>
        <source>No events layer in the map</source>
        <translation>No events layer in the map</translation>
    </message>
    <message>
        <source>%1 events as of %2 (UTC)</source>
        <translation>%1 events as of %2 (UTC)</translation>
    </message>
    <message>
        <source>Open events</source>
        <translation>Open events</translation>
    </message>
    <message>
        <source>Mean handling</source>
        <translation>Mean handling</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Open alarms</translation>
    </message>
    <message>
        <source>Alarms by type: none open or no live feeds</source>
        <translation>Alarms by type: none open or no live feeds</translation>
    </message>
    <message>
        <source>Open alarms by type</source>
        <translation>Open alarms by type</translation>
    </message>
    <message>
        <source>Selection only</source>
        <translation>Selection only</translation>
    </message>
    <message>
        <source>Count only the events selected on the map</source>
        <translation>Count only the events selected on the map</translation>
    </message>
    <message>
        <source>(no band)</source>
        <translation>(no band)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>5G sites per operator and band, by district</source>
        <translation>5G sites per operator and band, by district</translation>
    </message>
</context>
<context>
    <name>rc::DashboardTools</name>
    <message>
        <source>Open events</source>
        <translation>Open events</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Active alarms</source>
        <translation>Active alarms</translation>
    </message>
    <message>
        <source>Readings/s</source>
        <translation>Readings/s</translation>
    </message>
    <message>
        <source>Events in record</source>
        <translation>Events in record</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Events per district and class, overdue cases, handling times, trend, alarms and 5G sites; click a bar to select those features</source>
        <translation>Events per district and class, overdue cases, handling times, trend, alarms and 5G sites; click a bar to select those features</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>rc::DatabaseRoleAuthority</name>
    <message>
        <source>The database role of this seat may not see personal data in clear (it is not a member of %1); ask the database administrator</source>
        <translation>The database role of this seat may not see personal data in clear (it is not a member of %1); ask the database administrator</translation>
    </message>
</context>
<context>
    <name>rc::DbCommand</name>
    <message>
        <source>The PostGIS database, as an administrator: &quot;PG:host=... port=... dbname=... user=...&quot;.</source>
        <translation>The PostGIS database, as an administrator: &quot;PG:host=... port=... dbname=... user=...&quot;.</translation>
    </message>
    <message>
        <source>usage: rongcheng db init --to &quot;PG:...&quot;</source>
        <translation>usage: rongcheng db init --to &quot;PG:...&quot;</translation>
    </message>
    <message>
        <source>--to must be a PostGIS connection starting with “PG:”</source>
        <translation>--to must be a PostGIS connection starting with “PG:”</translation>
    </message>
    <message>
        <source>%1: the shared operations schema is current (version %2)</source>
        <translation>%1: the shared operations schema is current (version %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the shared operations schema is now version %2 (%n migration(s) applied)</source>
        <translation>
            <numerusform>%1: the shared operations schema is now version %2 (%n migration applied)</numerusform>
            <numerusform>%1: the shared operations schema is now version %2 (%n migrations applied)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the schema was not changed: %2</source>
        <translation>%1: the schema was not changed: %2</translation>
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
        <source>industries.csv gives too few polluting industries</source>
        <translation>industries.csv gives too few polluting industries</translation>
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
    <name>rc::DemoCityInstaller</name>
    <message>
        <source>the folder %1 holds files that Rongcheng did not make; the demo city is generated only into a new or empty folder</source>
        <translation>the folder %1 holds files that Rongcheng did not make; the demo city is generated only into a new or empty folder</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>the generated demo city in %1 is incomplete</source>
        <translation>the generated demo city in %1 is incomplete</translation>
    </message>
    <message>
        <source>cannot keep %1 in %2</source>
        <translation>cannot keep %1 in %2</translation>
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
    <name>rc::EventTimeline</name>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play the event year: the window moves by the chosen step ten times a second</source>
        <translation>Play the event year: the window moves by the chosen step ten times a second</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>How long a time window the map shows</source>
        <translation>How long a time window the map shows</translation>
    </message>
    <message>
        <source>Event class shown</source>
        <translation>Event class shown</translation>
    </message>
    <message>
        <source>1 h per step</source>
        <translation>1 h per step</translation>
    </message>
    <message>
        <source>6 h per step</source>
        <translation>6 h per step</translation>
    </message>
    <message>
        <source>1 day per step</source>
        <translation>1 day per step</translation>
    </message>
    <message>
        <source>1 week per step</source>
        <translation>1 week per step</translation>
    </message>
    <message>
        <source>Start of the time window (Beijing time)</source>
        <translation>Start of the time window (Beijing time)</translation>
    </message>
</context>
<context>
    <name>rc::EventTools</name>
    <message>
        <source>Event Time Slider</source>
        <translation>Event Time Slider</translation>
    </message>
    <message>
        <source>Show the events of a time window and class on the event map, and play the year</source>
        <translation>Show the events of a time window and class on the event map, and play the year</translation>
    </message>
    <message>
        <source>Case Desk</source>
        <translation>Case Desk</translation>
    </message>
    <message>
        <source>Grid Cases</source>
        <translation>Grid Cases</translation>
    </message>
    <message>
        <source>&amp;Grid Cases</source>
        <translation>&amp;Grid Cases</translation>
    </message>
    <message>
        <source>Click a grid to see its staff and its open cases, overdue ones first</source>
        <translation>Click a grid to see its staff and its open cases, overdue ones first</translation>
    </message>
</context>
<context>
    <name>rc::EventWorkflow</name>
    <message>
        <source>%1 may look at cases but not change them</source>
        <translation>%1 may look at cases but not change them</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>there is no case %1</translation>
    </message>
    <message>
        <source>Choose an event class.</source>
        <translation>Choose an event class.</translation>
    </message>
    <message>
        <source>The event has no location: pick it on the map or search its address.</source>
        <translation>The event has no location: pick it on the map or search its address.</translation>
    </message>
    <message>
        <source>Grid %1 has no staff to dispatch to: name a department.</source>
        <translation>Grid %1 has no staff to dispatch to: name a department.</translation>
    </message>
    <message>
        <source>The location %1, %2 lies outside the city&apos;s grids.</source>
        <translation>The location %1, %2 lies outside the city&apos;s grids.</translation>
    </message>
    <message>
        <source>The time limit %1 is already past.</source>
        <translation>The time limit %1 is already past.</translation>
    </message>
    <message>
        <source>case %1 is already %2: its report can no longer be changed</source>
        <translation>case %1 is already %2: its report can no longer be changed</translation>
    </message>
    <message>
        <source>case %1 keeps its report: %2</source>
        <translation>case %1 keeps its report: %2</translation>
    </message>
    <message>
        <source>name the department to dispatch case %1 to</source>
        <translation>name the department to dispatch case %1 to</translation>
    </message>
    <message>
        <source>grid %1 has no staff to take case %2: dispatch it to a department</source>
        <translation>grid %1 has no staff to take case %2: dispatch it to a department</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>case %1 is %2: “%3” is not a step it can take</source>
        <translation>case %1 is %2: “%3” is not a step it can take</translation>
    </message>
    <message>
        <source>“%1” needs a reason</source>
        <translation>“%1” needs a reason</translation>
    </message>
    <message>
        <source>case %1 stays a draft: %2</source>
        <translation>case %1 stays a draft: %2</translation>
    </message>
    <message>
        <source>there is no audit record %1</source>
        <translation>there is no audit record %1</translation>
    </message>
    <message>
        <source>audit record %1 is not a change of a case</source>
        <translation>audit record %1 is not a change of a case</translation>
    </message>
    <message>
        <source>change %1 was made by %2: only they can undo it</source>
        <translation>change %1 was made by %2: only they can undo it</translation>
    </message>
    <message>
        <source>change %1 has already been undone</source>
        <translation>change %1 has already been undone</translation>
    </message>
    <message>
        <source>case %1 was changed by %2 after change %3: that change must be undone first</source>
        <translation>case %1 was changed by %2 after change %3: that change must be undone first</translation>
    </message>
    <message>
        <source>%1 has no change left to undo</source>
        <translation>%1 has no change left to undo</translation>
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
    <message>
        <source>The folder %1 does not exist: choose another one.</source>
        <translation>The folder %1 does not exist: choose another one.</translation>
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
    <name>rc::FeedStatusIndicator</name>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>listening</translation>
    </message>
    <message>
        <source>Live feeds off</source>
        <translation>Live feeds off</translation>
    </message>
    <message>
        <source>Live feeds connecting</source>
        <translation>Live feeds connecting</translation>
    </message>
    <message>
        <source>Live feeds reconnecting</source>
        <translation>Live feeds reconnecting</translation>
    </message>
    <message>
        <source>Live feeds connected</source>
        <translation>Live feeds connected</translation>
    </message>
    <message>
        <source>%1 readings</source>
        <translation>%1 readings</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <source>%1 messages, %2 readings accepted, %3 rejected, %4 reconnects</source>
        <translation>%1 messages, %2 readings accepted, %3 rejected, %4 reconnects</translation>
    </message>
    <message>
        <source>last reading %1</source>
        <translation>last reading %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>last error: %1</translation>
    </message>
    <message>
        <source>No live feed runs. Click to set up the live feeds.</source>
        <translation>No live feed runs. Click to set up the live feeds.</translation>
    </message>
</context>
<context>
    <name>rc::GeocodeCommand</name>
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
    <name>rc::GeocodeDialog</name>
    <message>
        <source>&amp;Geocode</source>
        <translation>&amp;Geocode</translation>
    </message>
    <message>
        <source>Geocode a File</source>
        <translation>Geocode a File</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Write the Result to</source>
        <translation>Write the Result to</translation>
    </message>
    <message>
        <source>Addresses to Geocode</source>
        <translation>Addresses to Geocode</translation>
    </message>
    <message>
        <source>CSV file:</source>
        <translation>CSV file:</translation>
    </message>
    <message>
        <source>Address column:</source>
        <translation>Address column:</translation>
    </message>
    <message>
        <source>Result file:</source>
        <translation>Result file:</translation>
    </message>
    <message>
        <source>The address index is not loaded yet: open the standard addresses first.</source>
        <translation>The address index is not loaded yet: open the standard addresses first.</translation>
    </message>
    <message>
        <source>_geocoded</source>
        <translation>_geocoded</translation>
    </message>
    <message>
        <source>The result must go to another file than the addresses.</source>
        <translation>The result must go to another file than the addresses.</translation>
    </message>
    <message>
        <source>Geocoding…</source>
        <translation>Geocoding…</translation>
    </message>
    <message>
        <source>%1 rows in %2 s, written to %3</source>
        <translation>%1 rows in %2 s, written to %3</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>matched</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>ambiguous</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>unmatched</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <name>rc::GeosContext</name>
    <message>
        <source>geometry operation %1 failed: %2</source>
        <translation>geometry operation %1 failed: %2</translation>
    </message>
    <message>
        <source>the geometry text is empty</source>
        <translation>the geometry text is empty</translation>
    </message>
    <message>
        <source>not valid WKT: %1</source>
        <translation>not valid WKT: %1</translation>
    </message>
</context>
<context>
    <name>rc::GridCaseFinder</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
</context>
<context>
    <name>rc::GridCasesPanel</name>
    <message>
        <source>There is no loaded grids layer to look up.</source>
        <translation>There is no loaded grids layer to look up.</translation>
    </message>
    <message>
        <source>Not enough memory to list the grid&apos;s cases.</source>
        <translation>Not enough memory to list the grid&apos;s cases.</translation>
    </message>
    <message>
        <source>No grid here: click inside a grid of the grids layer.</source>
        <translation>No grid here: click inside a grid of the grids layer.</translation>
    </message>
    <message>
        <source>Grid staff: none assigned</source>
        <translation>Grid staff: none assigned</translation>
    </message>
    <message>
        <source>Grid staff: %1 %2</source>
        <translation>Grid staff: %1 %2</translation>
    </message>
    <message>
        <source>Grid %1 · %2</source>
        <translation>Grid %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s), %1 overdue, as of %2</source>
        <translation>
            <numerusform>%n open case(s), %1 overdue, as of %2</numerusform>
            <numerusform>%n open case(s), %1 overdue, as of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Case desk</source>
        <translation>Case desk</translation>
    </message>
    <message>
        <source>Event record</source>
        <translation>Event record</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Choose the Grid Cases tool and click a grid on the map.</source>
        <translation>Choose the Grid Cases tool and click a grid on the map.</translation>
    </message>
    <message>
        <source>Unmask…</source>
        <translation>Unmask…</translation>
    </message>
    <message>
        <source>Show the grid staff&apos;s name and phone in clear (needs the operator or supervisor role, a reason, and is recorded in the audit trail)</source>
        <translation>Show the grid staff&apos;s name and phone in clear (needs the operator or supervisor role, a reason, and is recorded in the audit trail)</translation>
    </message>
</context>
<context>
    <name>rc::GridLocator</name>
    <message>
        <source>no grid layer</source>
        <translation>no grid layer</translation>
    </message>
    <message>
        <source>the grid layer has no grid_code field</source>
        <translation>the grid layer has no grid_code field</translation>
    </message>
    <message>
        <source>%1 has no layer “grids”</source>
        <translation>%1 has no layer “grids”</translation>
    </message>
</context>
<context>
    <name>rc::GridWindowChoropleth</name>
    <message>
        <source>Events per km²</source>
        <translation>Events per km²</translation>
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
    <name>rc::Hj212TcpServer</name>
    <message>
        <source>refused %1: too many connections</source>
        <translation>refused %1: too many connections</translation>
    </message>
    <message>
        <source>%1 gave way to a new connection: it sent no valid frame</source>
        <translation>%1 gave way to a new connection: it sent no valid frame</translation>
    </message>
    <message>
        <source>%1 sent rejected frames too fast</source>
        <translation>%1 sent rejected frames too fast</translation>
    </message>
    <message>
        <source>%1 does not read its replies</source>
        <translation>%1 does not read its replies</translation>
    </message>
    <message>
        <source>%1 was silent too long</source>
        <translation>%1 was silent too long</translation>
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
    <message>
        <source>Unmask…</source>
        <translation>Unmask…</translation>
    </message>
    <message>
        <source>Show the feature&apos;s phone numbers, ID numbers and names in clear (needs the operator role and a reason; audited)</source>
        <translation>Show the feature&apos;s phone numbers, ID numbers and names in clear (needs the operator role and a reason; audited)</translation>
    </message>
</context>
<context>
    <name>rc::ImpactAnalysis</name>
    <message>
        <source>Standard addresses</source>
        <translation>Standard addresses</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>5G sites</source>
        <translation>5G sites</translation>
    </message>
    <message>
        <source>Broadcast points</source>
        <translation>Broadcast points</translation>
    </message>
    <message>
        <source>Monitoring points</source>
        <translation>Monitoring points</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”, which the impact analysis needs</source>
        <translation>%1 has no layer “%2”, which the impact analysis needs</translation>
    </message>
    <message>
        <source>layer “%1” of %2 is in %3; the impact analysis needs EPSG:4490</source>
        <translation>layer “%1” of %2 is in %3; the impact analysis needs EPSG:4490</translation>
    </message>
    <message>
        <source>the buffer must be a distance in metres above 0 and at most %L1 (got %2)</source>
        <translation>the buffer must be a distance in metres above 0 and at most %L1 (got %2)</translation>
    </message>
    <message>
        <source>%1, %2 is not a longitude, latitude in degrees</source>
        <translation>%1, %2 is not a longitude, latitude in degrees</translation>
    </message>
    <message>
        <source>the area must be a POLYGON or MULTIPOLYGON with coordinates</source>
        <translation>the area must be a POLYGON or MULTIPOLYGON with coordinates</translation>
    </message>
    <message>
        <source>the polygon&apos;s coordinates are not longitude, latitude in degrees (EPSG:4490)</source>
        <translation>the polygon&apos;s coordinates are not longitude, latitude in degrees (EPSG:4490)</translation>
    </message>
    <message>
        <source>the polygon is not valid: %1</source>
        <translation>the polygon is not valid: %1</translation>
    </message>
    <message>
        <source>the point %1, %2 lies outside the city (no district within %L3 m)</source>
        <translation>the point %1, %2 lies outside the city (no district within %L3 m)</translation>
    </message>
    <message>
        <source>the area lies outside the city (it meets no district)</source>
        <translation>the area lies outside the city (it meets no district)</translation>
    </message>
    <message>
        <source>the impact analysis has no “%1” layer</source>
        <translation>the impact analysis has no “%1” layer</translation>
    </message>
    <message>
        <source>the area has no extent</source>
        <translation>the area has no extent</translation>
    </message>
</context>
<context>
    <name>rc::ImpactCommand</name>
    <message>
        <source>The demo city&apos;s GeoPackage.</source>
        <translation>The demo city&apos;s GeoPackage.</translation>
    </message>
    <message>
        <source>Centre of the area, EPSG:4490 longitude,latitude.</source>
        <translation>Centre of the area, EPSG:4490 longitude,latitude.</translation>
    </message>
    <message>
        <source>Buffer in metres around the point or the polygon.</source>
        <translation>Buffer in metres around the point or the polygon.</translation>
    </message>
    <message>
        <source>The area as WKT in EPSG:4490 longitude/latitude.</source>
        <translation>The area as WKT in EPSG:4490 longitude/latitude.</translation>
    </message>
    <message>
        <source>Also write the list of what lies inside (.csv or .gpkg).</source>
        <translation>Also write the list of what lies inside (.csv or .gpkg).</translation>
    </message>
    <message>
        <source>Print load and analysis times on stderr.</source>
        <translation>Print load and analysis times on stderr.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unexpected argument “%1”</translation>
    </message>
    <message>
        <source>give the city&apos;s data: --db PATH</source>
        <translation>give the city&apos;s data: --db PATH</translation>
    </message>
    <message>
        <source>give either --point LON,LAT --buffer METRES or --polygon WKT</source>
        <translation>give either --point LON,LAT --buffer METRES or --polygon WKT</translation>
    </message>
    <message>
        <source>--buffer wants metres, not “%1”</source>
        <translation>--buffer wants metres, not “%1”</translation>
    </message>
    <message>
        <source>--point needs --buffer METRES</source>
        <translation>--point needs --buffer METRES</translation>
    </message>
    <message>
        <source>--point wants LON,LAT in degrees, not “%1”</source>
        <translation>--point wants LON,LAT in degrees, not “%1”</translation>
    </message>
</context>
<context>
    <name>rc::ImpactExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot export to “%1”: give a .csv or .gpkg file</source>
        <translation>cannot export to “%1”: give a .csv or .gpkg file</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL has no GeoPackage driver</translation>
    </message>
</context>
<context>
    <name>rc::ImpactPanel</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>The impact analysis needs the city&apos;s layers: open the demo city first</source>
        <translation>The impact analysis needs the city&apos;s layers: open the demo city first</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <source>Reading the city&apos;s layers…</source>
        <translation>Reading the city&apos;s layers…</translation>
    </message>
    <message>
        <source>Area %1 km², analysed in %2 ms</source>
        <translation>Area %1 km², analysed in %2 ms</translation>
    </message>
    <message>
        <source>Click the map for a buffer around a point, or draw an area</source>
        <translation>Click the map for a buffer around a point, or draw an area</translation>
    </message>
    <message>
        <source>Export the impact list</source>
        <translation>Export the impact list</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>An export is running</translation>
    </message>
    <message>
        <source>There is no impact analysis to export</source>
        <translation>There is no impact analysis to export</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Point and buffer</source>
        <translation>Point and buffer</translation>
    </message>
    <message>
        <source>Draw an area</source>
        <translation>Draw an area</translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation>Buffer:</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Inside</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export GeoPackage…</source>
        <translation>Export GeoPackage…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>rc::ImpactTool</name>
    <message>
        <source>An area needs at least three corners</source>
        <translation>An area needs at least three corners</translation>
    </message>
</context>
<context>
    <name>rc::ImpactTools</name>
    <message>
        <source>Impact list written to %1</source>
        <translation>Impact list written to %1</translation>
    </message>
    <message>
        <source>Impact &amp;Analysis</source>
        <translation>Impact &amp;Analysis</translation>
    </message>
    <message>
        <source>Which addresses, grids, communities, 5G sites, broadcast and monitoring points an area touches: click a point (with the buffer of the panel) or draw an area</source>
        <translation>Which addresses, grids, communities, 5G sites, broadcast and monitoring points an area touches: click a point (with the buffer of the panel) or draw an area</translation>
    </message>
    <message>
        <source>Impact Analysis</source>
        <translation>Impact Analysis</translation>
    </message>
</context>
<context>
    <name>rc::ImportCommand</name>
    <message>
        <source>The PostGIS database: &quot;PG:host=... port=... dbname=... user=...&quot;.</source>
        <translation>The PostGIS database: &quot;PG:host=... port=... dbname=... user=...&quot;.</translation>
    </message>
    <message>
        <source>Comma-separated layers to import (default: all).</source>
        <translation>Comma-separated layers to import (default: all).</translation>
    </message>
    <message>
        <source>Database schema for the tables (default: public).</source>
        <translation>Database schema for the tables (default: public).</translation>
    </message>
    <message>
        <source>usage: rongcheng import --to &quot;PG:...&quot; FILE.gpkg [--layers a,b] [--schema NAME]</source>
        <translation>usage: rongcheng import --to &quot;PG:...&quot; FILE.gpkg [--layers a,b] [--schema NAME]</translation>
    </message>
    <message>
        <source>--to must be a PostGIS connection starting with “PG:”</source>
        <translation>--to must be a PostGIS connection starting with “PG:”</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n layer(s), %1 features, in %2 s into %3</source>
        <translation>
            <numerusform>Imported %n layer(s), %1 features, in %2 s into %3</numerusform>
            <numerusform>Imported %n layer(s), %1 features, in %2 s into %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the password (or read one line from standard input when it is not a terminal), use it and store it in the system keyring.</source>
        <translation>Ask for the password (or read one line from standard input when it is not a terminal), use it and store it in the system keyring.</translation>
    </message>
    <message>
        <source>warning: a password in --to is visible to other users (ps, shell history); leave it out and use --remember-password, the keyring or PGPASSFILE</source>
        <translation>warning: a password in --to is visible to other users (ps, shell history); leave it out and use --remember-password, the keyring or PGPASSFILE</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>--remember-password needs a password: type it, or give it on standard input</source>
        <translation>--remember-password needs a password: type it, or give it on standard input</translation>
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
    <message>
        <source>Drawing the map…</source>
        <translation>Drawing the map…</translation>
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
    <name>rc::LiveController</name>
    <message>
        <source>no hydro_stations and no monitoring_points</source>
        <translation>no hydro_stations and no monitoring_points</translation>
    </message>
</context>
<context>
    <name>rc::LiveFeedsDialog</name>
    <message>
        <source>Receive live readings</source>
        <translation>Receive live readings</translation>
    </message>
    <message>
        <source>Accept data loggers over TCP</source>
        <translation>Accept data loggers over TCP</translation>
    </message>
    <message>
        <source>Live Feeds</source>
        <translation>Live Feeds</translation>
    </message>
    <message>
        <source>MQTT topic filters carrying SL 323 JSON readings, separated by spaces</source>
        <translation>MQTT topic filters carrying SL 323 JSON readings, separated by spaces</translation>
    </message>
    <message>
        <source>MQTT topic filters carrying raw HJ 212 frames, separated by spaces</source>
        <translation>MQTT topic filters carrying raw HJ 212 frames, separated by spaces</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <source>MQTT broker (host:port):</source>
        <translation>MQTT broker (host:port):</translation>
    </message>
    <message>
        <source>Hydrology topics (SL 323):</source>
        <translation>Hydrology topics (SL 323):</translation>
    </message>
    <message>
        <source>Ecology topics (HJ 212):</source>
        <translation>Ecology topics (HJ 212):</translation>
    </message>
    <message>
        <source>HJ 212 listen port:</source>
        <translation>HJ 212 listen port:</translation>
    </message>
    <message>
        <source>Give the broker as host:port, e.g. 127.0.0.1:1883.</source>
        <translation>Give the broker as host:port, e.g. 127.0.0.1:1883.</translation>
    </message>
    <message>
        <source>“%1” is not an MQTT topic filter (&apos;#&apos; only at the end, &apos;+&apos; only as a whole level).</source>
        <translation>“%1” is not an MQTT topic filter (&apos;#&apos; only at the end, &apos;+&apos; only as a whole level).</translation>
    </message>
    <message>
        <source>Give at least one topic or accept data loggers over TCP.</source>
        <translation>Give at least one topic or accept data loggers over TCP.</translation>
    </message>
    <message>
        <source>Encrypt with TLS</source>
        <translation>Encrypt with TLS</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keyring)</source>
        <translation>unchanged (kept in the system keyring)</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>the system&apos;s trusted CAs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Broker user:</source>
        <translation>Broker user:</translation>
    </message>
    <message>
        <source>Broker password:</source>
        <translation>Broker password:</translation>
    </message>
    <message>
        <source>CA certificate (PEM):</source>
        <translation>CA certificate (PEM):</translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate</source>
        <translation>The broker&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Client certificate (PEM):</source>
        <translation>Client certificate (PEM):</translation>
    </message>
    <message>
        <source>This seat&apos;s client certificate</source>
        <translation>This seat&apos;s client certificate</translation>
    </message>
    <message>
        <source>Client key (PEM):</source>
        <translation>Client key (PEM):</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key</source>
        <translation>The client certificate&apos;s private key</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Give the broker user the password belongs to.</source>
        <translation>Give the broker user the password belongs to.</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Cannot read “%1”.</translation>
    </message>
    <message>
        <source>Give the client certificate and its key together, or neither.</source>
        <translation>Give the client certificate and its key together, or neither.</translation>
    </message>
</context>
<context>
    <name>rc::LiveWiring</name>
    <message>
        <source>The live feeds could not start: %1</source>
        <translation>The live feeds could not start: %1</translation>
    </message>
    <message>
        <source>Alarm %1 could not be acknowledged: it was already acknowledged or cleared, or the alarm database refused the write.</source>
        <translation>Alarm %1 could not be acknowledged: it was already acknowledged or cleared, or the alarm database refused the write.</translation>
    </message>
    <message>
        <source>The live feeds start when a city with hydrology stations is open.</source>
        <translation>The live feeds start when a city with hydrology stations is open.</translation>
    </message>
    <message>
        <source>&amp;Live Feeds…</source>
        <translation>&amp;Live Feeds…</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>Alarm %1 was not acknowledged: %2</source>
        <translation>Alarm %1 was not acknowledged: %2</translation>
    </message>
    <message>
        <source>The shared alarms could not be read: %1</source>
        <translation>The shared alarms could not be read: %1</translation>
    </message>
    <message>
        <source>The system keyring cannot store the broker password (%1); the feeds connect without it.</source>
        <translation>The system keyring cannot store the broker password (%1); the feeds connect without it.</translation>
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
    <message>
        <source>cannot use the MQTT user name: %1</source>
        <translation>cannot use the MQTT user name: %1</translation>
    </message>
    <message>
        <source>cannot use the TLS files (CA %1, certificate %2, key %3): %4</source>
        <translation>cannot use the TLS files (CA %1, certificate %2, key %3): %4</translation>
    </message>
</context>
<context>
    <name>rc::OpsSchema</name>
    <message>
        <source>%1 holds no shared operations schema: an administrator sets it up once with “rongcheng db init --to …”</source>
        <translation>%1 holds no shared operations schema: an administrator sets it up once with “rongcheng db init --to …”</translation>
    </message>
    <message>
        <source>the database role %1 may not use the shared operations schema on %2: an administrator grants it rc_operator or rc_viewer</source>
        <translation>the database role %1 may not use the shared operations schema on %2: an administrator grants it rc_operator or rc_viewer</translation>
    </message>
    <message>
        <source>the shared operations schema on %1 is version %2, this program needs version %3: an administrator upgrades it with “rongcheng db init --to …”</source>
        <translation>the shared operations schema on %1 is version %2, this program needs version %3: an administrator upgrades it with “rongcheng db init --to …”</translation>
    </message>
    <message>
        <source>the shared operations schema on %1 is version %2, newer than this program knows (%3): update Rongcheng</source>
        <translation>the shared operations schema on %1 is version %2, newer than this program knows (%3): update Rongcheng</translation>
    </message>
</context>
<context>
    <name>rc::PersonalDataAccess</name>
    <message>
        <source>%1 may not see personal data in clear; ask an operator or a supervisor</source>
        <translation>%1 may not see personal data in clear; ask an operator or a supervisor</translation>
    </message>
    <message>
        <source>give a reason for showing personal data in clear</source>
        <translation>give a reason for showing personal data in clear</translation>
    </message>
    <message>
        <source>name the field to show in clear</source>
        <translation>name the field to show in clear</translation>
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
    <name>rc::PostgisAlarmAcks</name>
    <message>
        <source>this database role may only look at alarms: acknowledging needs an operator role</source>
        <translation>this database role may only look at alarms: acknowledging needs an operator role</translation>
    </message>
    <message>
        <source>the shared alarm database failed, nothing was saved: %1</source>
        <translation>the shared alarm database failed, nothing was saved: %1</translation>
    </message>
    <message>
        <source>this alarm was already acknowledged by %1 at %2</source>
        <translation>this alarm was already acknowledged by %1 at %2</translation>
    </message>
</context>
<context>
    <name>rc::PostgisAlarms</name>
    <message>
        <source>this database role may only look at alarms: acknowledging needs an operator role</source>
        <translation>this database role may only look at alarms: acknowledging needs an operator role</translation>
    </message>
    <message>
        <source>the shared alarm database failed, nothing was saved: %1</source>
        <translation>the shared alarm database failed, nothing was saved: %1</translation>
    </message>
    <message>
        <source>alarm %1 is no longer waiting for an acknowledgement</source>
        <translation>alarm %1 is no longer waiting for an acknowledgement</translation>
    </message>
</context>
<context>
    <name>rc::PostgisAuditLog</name>
    <message>
        <source>this database role may not write the shared audit trail: an operator role is needed</source>
        <translation>this database role may not write the shared audit trail: an operator role is needed</translation>
    </message>
    <message>
        <source>the shared audit trail failed, nothing was recorded: %1</source>
        <translation>the shared audit trail failed, nothing was recorded: %1</translation>
    </message>
</context>
<context>
    <name>rc::PostgisBrowserDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Add to Map</source>
        <translation>&amp;Add to Map</translation>
    </message>
    <message>
        <source>Add PostGIS Layer</source>
        <translation>Add PostGIS Layer</translation>
    </message>
    <message>
        <source>Schema / table</source>
        <translation>Schema / table</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometry</translation>
    </message>
    <message>
        <source>SRID</source>
        <translation>SRID</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>Rows (est.)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <source>%1 (shared operations database)</source>
        <translation>%1 (shared operations database)</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Remove Connection</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its stored password?</source>
        <translation>Remove the connection “%1” and its stored password?</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Reading the tables of %1…</translation>
    </message>
    <message>
        <source>%1 (geography)</source>
        <translation>%1 (geography)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%1 as “%2” (%3), %4: %n table(s) with geometry.</source>
        <translation>
            <numerusform>%1 as “%2” (%3), %4: %n table(s) with geometry.</numerusform>
            <numerusform>%1 as “%2” (%3), %4: %n table(s) with geometry.</numerusform>
        </translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
</context>
<context>
    <name>rc::PostgisCaseLedger</name>
    <message>
        <source>the database role %1 may only read the shared cases: changes need an operator role</source>
        <translation>the database role %1 may only read the shared cases: changes need an operator role</translation>
    </message>
    <message>
        <source>the shared case database failed, nothing was saved: %1</source>
        <translation>the shared case database failed, nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>rc::PostgisCatalog</name>
    <message>
        <source>this role may not read it</source>
        <translation>this role may not read it</translation>
    </message>
    <message>
        <source>no geometry column: not a map layer</source>
        <translation>no geometry column: not a map layer</translation>
    </message>
    <message>
        <source>no SRID: the coordinates&apos; system is unknown and the layer may not line up</source>
        <translation>no SRID: the coordinates&apos; system is unknown and the layer may not line up</translation>
    </message>
    <message>
        <source>SRID %1 is not in spatial_ref_sys: the layer may not line up</source>
        <translation>SRID %1 is not in spatial_ref_sys: the layer may not line up</translation>
    </message>
</context>
<context>
    <name>rc::PostgisConnectionEditor</name>
    <message>
        <source>Use as the shared operations database (cases and alarms)</source>
        <translation>Use as the shared operations database (cases and alarms)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>New PostGIS Connection</source>
        <translation>New PostGIS Connection</translation>
    </message>
    <message>
        <source>Edit PostGIS Connection</source>
        <translation>Edit PostGIS Connection</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in settings or projects</source>
        <translation>kept in the system keyring, never in settings or projects</translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable: never encrypt</translation>
    </message>
    <message>
        <source>allow: encrypt if the server insists</source>
        <translation>allow: encrypt if the server insists</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can</source>
        <translation>prefer: encrypt when the server can</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require: always encrypt</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, check the server&apos;s certificate</source>
        <translation>verify-ca: encrypt, check the server&apos;s certificate</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check certificate and host name</source>
        <translation>verify-full: encrypt, check certificate and host name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL mode:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected as “%1” (%2) to %3.</source>
        <translation>Connected as “%1” (%2) to %3.</translation>
    </message>
    <message>
        <source>operator: may write</source>
        <translation>operator: may write</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>A connection called “%1” exists already; choose another name.</source>
        <translation>A connection called “%1” exists already; choose another name.</translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Storing the password in the system keyring…</translation>
    </message>
    <message>
        <source>No system keyring is available (%1): the password is kept for this session only and will be asked for again after a restart.</source>
        <translation>No system keyring is available (%1): the password is kept for this session only and will be asked for again after a restart.</translation>
    </message>
</context>
<context>
    <name>rc::PostgisCredentials</name>
    <message>
        <source>the system keyring cannot store the password (%1)</source>
        <translation>the system keyring cannot store the password (%1)</translation>
    </message>
    <message>
        <source>the system keyring cannot remove the password (%1)</source>
        <translation>the system keyring cannot remove the password (%1)</translation>
    </message>
</context>
<context>
    <name>rc::PostgisImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Import into PostGIS</source>
        <translation>Import into PostGIS</translation>
    </message>
    <message>
        <source>a GeoPackage or another vector file</source>
        <translation>a GeoPackage or another vector file</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Features / error</source>
        <translation>Features / error</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>&amp;Layers:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
    <message>
        <source>No saved PostGIS connection: add one with File ▸ Add PostGIS Layer.</source>
        <translation>No saved PostGIS connection: add one with File ▸ Add PostGIS Layer.</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.csv);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the role of %1…</source>
        <translation>Checking the role of %1…</translation>
    </message>
    <message>
        <source>This role may create tables here; tables of the same name are replaced.</source>
        <translation>This role may create tables here; tables of the same name are replaced.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>stopped: not imported</source>
        <translation>stopped: not imported</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n layer(s) imported</source>
        <translation>
            <numerusform>Stopped: %1 of %n layer(s) imported</numerusform>
            <numerusform>Stopped: %1 of %n layer(s) imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n layer(s) imported</source>
        <translation>
            <numerusform>%1 of %n layer(s) imported</numerusform>
            <numerusform>%1 of %n layer(s) imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::PostgisImporter</name>
    <message>
        <source>%1: the import failed and was rolled back (%2)</source>
        <translation>%1: the import failed and was rolled back (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the source (%2)</source>
        <translation>%1: cannot read the source (%2)</translation>
    </message>
    <message>
        <source>%1: has no layer named “%2”</source>
        <translation>%1: has no layer named “%2”</translation>
    </message>
    <message>
        <source>%1: the database role “%2” may not create tables in schema “%3”; import with an operator role</source>
        <translation>%1: the database role “%2” may not create tables in schema “%3”; import with an operator role</translation>
    </message>
    <message>
        <source>%1: cannot connect to the database server (%2)</source>
        <translation>%1: cannot connect to the database server (%2)</translation>
    </message>
</context>
<context>
    <name>rc::PostgisLayerTools</name>
    <message>
        <source>Server Filter…</source>
        <translation>Server Filter…</translation>
    </message>
    <message>
        <source>Clear Server Filter</source>
        <translation>Clear Server Filter</translation>
    </message>
</context>
<context>
    <name>rc::PostgisSession</name>
    <message>
        <source>%1: not a PostGIS connection (expected “PG:host=... dbname=...”)</source>
        <translation>%1: not a PostGIS connection (expected “PG:host=... dbname=...”)</translation>
    </message>
    <message>
        <source>%1: wrong user name or password (%2)</source>
        <translation>%1: wrong user name or password (%2)</translation>
    </message>
    <message>
        <source>%1: cannot connect to the database server (%2)</source>
        <translation>%1: cannot connect to the database server (%2)</translation>
    </message>
    <message>
        <source>%1: invalid name “%2”</source>
        <translation>%1: invalid name “%2”</translation>
    </message>
    <message>
        <source>%1: query failed (%2)</source>
        <translation>%1: query failed (%2)</translation>
    </message>
    <message>
        <source>%1: query on %2 failed (%3)</source>
        <translation>%1: query on %2 failed (%3)</translation>
    </message>
    <message>
        <source>%1: table %2 has no column “%3”</source>
        <translation>%1: table %2 has no column “%3”</translation>
    </message>
</context>
<context>
    <name>rc::PostgisStatements</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rc::PostgisTools</name>
    <message>
        <source>Add Post&amp;GIS Layer…</source>
        <translation>Add Post&amp;GIS Layer…</translation>
    </message>
    <message>
        <source>&amp;Import into PostGIS…</source>
        <translation>&amp;Import into PostGIS…</translation>
    </message>
    <message>
        <source>The database role “%1” only reads: import with an operator connection.</source>
        <translation>The database role “%1” only reads: import with an operator connection.</translation>
    </message>
    <message>
        <source>PostGIS: not reached</source>
        <translation>PostGIS: not reached</translation>
    </message>
    <message>
        <source>PostGIS: %1 · operator</source>
        <translation>PostGIS: %1 · operator</translation>
    </message>
    <message>
        <source>PostGIS: %1 · read-only</source>
        <translation>PostGIS: %1 · read-only</translation>
    </message>
    <message>
        <source>Imported into %1: File ▸ Add PostGIS Layer shows the tables.</source>
        <translation>Imported into %1: File ▸ Add PostGIS Layer shows the tables.</translation>
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
    <name>rc::ReverseGeocodeTool</name>
    <message>
        <source>The address index is not loaded; open a layer of standard addresses first.</source>
        <translation>The address index is not loaded; open a layer of standard addresses first.</translation>
    </message>
    <message>
        <source>The address index is empty.</source>
        <translation>The address index is empty.</translation>
    </message>
</context>
<context>
    <name>rc::RoleFile</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 is not a plain %2</source>
        <translation>%1 is not a plain %2</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1 is not owned by %2</source>
        <translation>%1 is not owned by %2</translation>
    </message>
    <message>
        <source>%1 may be written by others than its owner</source>
        <translation>%1 may be written by others than its owner</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 is not readable</translation>
    </message>
    <message>
        <source>Personal data stays masked: the role file cannot be trusted (%1)</source>
        <translation>Personal data stays masked: the role file cannot be trusted (%1)</translation>
    </message>
    <message>
        <source>%1 is not listed as an operator or a supervisor in %2, so personal data stays masked</source>
        <translation>%1 is not listed as an operator or a supervisor in %2, so personal data stays masked</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>This account</translation>
    </message>
</context>
<context>
    <name>rc::ServerFilterDialog</name>
    <message>
        <source>Server Filter</source>
        <translation>Server Filter</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Column:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Comparison:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
</context>
<context>
    <name>rc::SharedAlarmAcknowledgements</name>
    <message>
        <source>alarm %1 is no longer waiting for an acknowledgement</source>
        <translation>alarm %1 is no longer waiting for an acknowledgement</translation>
    </message>
    <message>
        <source>alarm %1 is acknowledged for the other seats, but this seat&apos;s alarm database refused the write</source>
        <translation>alarm %1 is acknowledged for the other seats, but this seat&apos;s alarm database refused the write</translation>
    </message>
</context>
<context>
    <name>rc::SharedAlarmBoard</name>
    <message>
        <source>alarm %1 is no longer waiting for an acknowledgement</source>
        <translation>alarm %1 is no longer waiting for an acknowledgement</translation>
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
    <message>
        <source>The broker user; the password comes from RONGCHENG_MQTT_PASSWORD or the keyring.</source>
        <translation>The broker user; the password comes from RONGCHENG_MQTT_PASSWORD or the keyring.</translation>
    </message>
    <message>
        <source>Connect to the broker over TLS.</source>
        <translation>Connect to the broker over TLS.</translation>
    </message>
    <message>
        <source>The broker&apos;s CA certificate (PEM; default: the system&apos;s CAs).</source>
        <translation>The broker&apos;s CA certificate (PEM; default: the system&apos;s CAs).</translation>
    </message>
    <message>
        <source>A client certificate (PEM).</source>
        <translation>A client certificate (PEM).</translation>
    </message>
    <message>
        <source>The client certificate&apos;s key (PEM).</source>
        <translation>The client certificate&apos;s key (PEM).</translation>
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
    <message>
        <source>the message has %1 bytes, more than the %2 a batch of readings may have</source>
        <translation>the message has %1 bytes, more than the %2 a batch of readings may have</translation>
    </message>
</context>
<context>
    <name>rc::StationChart</name>
    <message>
        <source>Wastewater flow</source>
        <translation>Wastewater flow</translation>
    </message>
    <message>
        <source>pH</source>
        <translation>pH</translation>
    </message>
    <message>
        <source>Chemical oxygen demand</source>
        <translation>Chemical oxygen demand</translation>
    </message>
    <message>
        <source>Ammonia nitrogen</source>
        <translation>Ammonia nitrogen</translation>
    </message>
    <message>
        <source>Total phosphorus</source>
        <translation>Total phosphorus</translation>
    </message>
    <message>
        <source>Total nitrogen</source>
        <translation>Total nitrogen</translation>
    </message>
    <message>
        <source>Flue gas flow</source>
        <translation>Flue gas flow</translation>
    </message>
    <message>
        <source>Particulate matter</source>
        <translation>Particulate matter</translation>
    </message>
    <message>
        <source>Sulphur dioxide</source>
        <translation>Sulphur dioxide</translation>
    </message>
    <message>
        <source>Nitrogen oxides</source>
        <translation>Nitrogen oxides</translation>
    </message>
    <message>
        <source>Rainfall (mm)</source>
        <translation>Rainfall (mm)</translation>
    </message>
    <message>
        <source>Hourly rainfall</source>
        <translation>Hourly rainfall</translation>
    </message>
    <message>
        <source>Accumulated rainfall (mm)</source>
        <translation>Accumulated rainfall (mm)</translation>
    </message>
    <message>
        <source>Accumulated rainfall</source>
        <translation>Accumulated rainfall</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>Water level</translation>
    </message>
    <message>
        <source>Reservoir level</source>
        <translation>Reservoir level</translation>
    </message>
    <message>
        <source>Tide level</source>
        <translation>Tide level</translation>
    </message>
    <message>
        <source>%1 (m)</source>
        <translation>%1 (m)</translation>
    </message>
    <message>
        <source>Flood limit level %1 m</source>
        <translation>Flood limit level %1 m</translation>
    </message>
    <message>
        <source>Warning level %1 m</source>
        <translation>Warning level %1 m</translation>
    </message>
    <message>
        <source>Guaranteed level %1 m</source>
        <translation>Guaranteed level %1 m</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Upper limit %1</source>
        <translation>Upper limit %1</translation>
    </message>
    <message>
        <source>Discharge limit %1</source>
        <translation>Discharge limit %1</translation>
    </message>
    <message>
        <source>Lower limit %1</source>
        <translation>Lower limit %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>rc::StationHistory</name>
    <message>
        <source>%1: cannot open the history: %2</source>
        <translation>%1: cannot open the history: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the history: %2</source>
        <translation>%1: cannot read the history: %2</translation>
    </message>
</context>
<context>
    <name>rc::StationPanel</name>
    <message>
        <source>Hydrological station</source>
        <translation>Hydrological station</translation>
    </message>
    <message>
        <source>Water level station</source>
        <translation>Water level station</translation>
    </message>
    <message>
        <source>Reservoir station</source>
        <translation>Reservoir station</translation>
    </message>
    <message>
        <source>Rainfall station</source>
        <translation>Rainfall station</translation>
    </message>
    <message>
        <source>Tide station</source>
        <translation>Tide station</translation>
    </message>
    <message>
        <source>Buoy</source>
        <translation>Buoy</translation>
    </message>
    <message>
        <source>Online monitoring point</source>
        <translation>Online monitoring point</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>%1 (MN …%2)</source>
        <translation>%1 (MN …%2)</translation>
    </message>
    <message>
        <source>Double-click a station on the map, or choose Station Chart on an identified station.</source>
        <translation>Double-click a station on the map, or choose Station Chart on an identified station.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <source>Latest %1 m at %2</source>
        <translation>Latest %1 m at %2</translation>
    </message>
    <message>
        <source>above the guaranteed level</source>
        <translation>above the guaranteed level</translation>
    </message>
    <message>
        <source>above the flood limit level</source>
        <translation>above the flood limit level</translation>
    </message>
    <message>
        <source>above the warning level</source>
        <translation>above the warning level</translation>
    </message>
    <message>
        <source>%1 mm in this period; last hour %2 mm at %3</source>
        <translation>%1 mm in this period; last hour %2 mm at %3</translation>
    </message>
    <message>
        <source>Latest %1 %2 at %3</source>
        <translation>Latest %1 %2 at %3</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>over the limit</translation>
    </message>
    <message>
        <source>No readings in this period.</source>
        <translation>No readings in this period.</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>The last 24 hours</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>The last 7 days</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>The last 30 days</translation>
    </message>
    <message>
        <source>Pollutant</source>
        <translation>Pollutant</translation>
    </message>
</context>
<context>
    <name>rc::StationTools</name>
    <message>
        <source>Load the city&apos;s hydrological stations to replay their history.</source>
        <translation>Load the city&apos;s hydrological stations to replay their history.</translation>
    </message>
    <message>
        <source>Identify a station, monitoring point or enterprise first, then choose it in the results.</source>
        <translation>Identify a station, monitoring point or enterprise first, then choose it in the results.</translation>
    </message>
    <message>
        <source>Station Chart</source>
        <translation>Station Chart</translation>
    </message>
    <message>
        <source>History Replay</source>
        <translation>History Replay</translation>
    </message>
    <message>
        <source>History &amp;Replay</source>
        <translation>History &amp;Replay</translation>
    </message>
    <message>
        <source>Station &amp;Chart Panel</source>
        <translation>Station &amp;Chart Panel</translation>
    </message>
    <message>
        <source>Station &amp;Chart</source>
        <translation>Station &amp;Chart</translation>
    </message>
    <message>
        <source>Chart of the station chosen in the identify results (F7)</source>
        <translation>Chart of the station chosen in the identify results (F7)</translation>
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
    <name>rc::TimeSlider</name>
    <message>
        <source>Pause the replay</source>
        <translation>Pause the replay</translation>
    </message>
    <message>
        <source>Play the history</source>
        <translation>Play the history</translation>
    </message>
    <message>
        <source>Time of the replay</source>
        <translation>Time of the replay</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Replay speed</translation>
    </message>
    <message>
        <source>%1 h/s</source>
        <translation>%1 h/s</translation>
    </message>
</context>
<context>
    <name>rc::UnmaskController</name>
    <message>
        <source>visitor</source>
        <translation>visitor</translation>
    </message>
    <message>
        <source>grid staff</source>
        <translation>grid staff</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>%1 (%2) may not see personal data in clear; ask an operator or a supervisor</source>
        <translation>%1 (%2) may not see personal data in clear; ask an operator or a supervisor</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>This account</translation>
    </message>
    <message>
        <source>Choose the features whose personal data you need to see</source>
        <translation>Choose the features whose personal data you need to see</translation>
    </message>
    <message>
        <source>This layer holds no personal data</source>
        <translation>This layer holds no personal data</translation>
    </message>
    <message>
        <source>Choose at most %1 features to unmask; %2 are selected</source>
        <translation>Choose at most %1 features to unmask; %2 are selected</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n feature(s) of “%2”</source>
        <translation>
            <numerusform>%1 of %n feature(s) of “%2”</numerusform>
            <numerusform>%1 of %n feature(s) of “%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason for showing personal data in clear</source>
        <translation>Give a reason for showing personal data in clear</translation>
    </message>
    <message>
        <source>An unmask is being recorded; try again in a moment</source>
        <translation>An unmask is being recorded; try again in a moment</translation>
    </message>
    <message>
        <source>Unmask…</source>
        <translation>Unmask…</translation>
    </message>
    <message>
        <source>Show the personal data of the selected rows in clear (audited)</source>
        <translation>Show the personal data of the selected rows in clear (audited)</translation>
    </message>
    <message>
        <source>This session has no user name to record in the audit trail, so personal data stays masked</source>
        <translation>This session has no user name to record in the audit trail, so personal data stays masked</translation>
    </message>
</context>
<context>
    <name>rc::UnmaskDialog</name>
    <message>
        <source>Show personal data in clear</source>
        <translation>Show personal data in clear</translation>
    </message>
    <message>
        <source>Show %1 in clear to %2.</source>
        <translation>Show %1 in clear to %2.</translation>
    </message>
    <message>
        <source>Your name, the time, the records and your reason are written to the audit trail before anything is shown.</source>
        <translation>Your name, the time, the records and your reason are written to the audit trail before anything is shown.</translation>
    </message>
    <message>
        <source>Reason, e.g. call the reporter back about case 2026-0412</source>
        <translation>Reason, e.g. call the reporter back about case 2026-0412</translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation>Unmask</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
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
<context>
    <name>rc::ViewFetchWorker</name>
    <message>
        <source>has no table named “%1”</source>
        <translation>has no table named “%1”</translation>
    </message>
    <message>
        <source>table “%1” has no geometry column, so it cannot be drawn on the map</source>
        <translation>table “%1” has no geometry column, so it cannot be drawn on the map</translation>
    </message>
    <message>
        <source>the geometry of table “%1” has an unknown spatial reference (SRID), so it cannot be placed on the map</source>
        <translation>the geometry of table “%1” has an unknown spatial reference (SRID), so it cannot be placed on the map</translation>
    </message>
    <message>
        <source>%1: not enough memory for the features in view</source>
        <translation>%1: not enough memory for the features in view</translation>
    </message>
</context>
<context>
    <name>rc::ViewFetcher</name>
    <message>
        <source>Showing the first %L1 features in view: zoom in to see them all.</source>
        <translation>Showing the first %L1 features in view: zoom in to see them all.</translation>
    </message>
    <message>
        <source>Server filter: %1</source>
        <translation>Server filter: %1</translation>
    </message>
    <message>
        <source>Too many features to show here: showing an even sample of about %1 % of them (%L2 features). Zoom in to see them all.</source>
        <translation>Too many features to show here: showing an even sample of about %1 % of them (%L2 features). Zoom in to see them all.</translation>
    </message>
    <message>
        <source>“%1” holds personal data: the server cannot be asked to filter by it</source>
        <translation>“%1” holds personal data: the server cannot be asked to filter by it</translation>
    </message>
</context>
<context>
    <name>rc::sqlite::Database</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 failed: %3</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: cannot open the database: %2</translation>
    </message>
</context>
</TS>
