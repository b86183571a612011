<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/complaints.py" line="18"/>
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/complaints.py" line="23"/>
        <source>Complaints</source>
        <translation>投诉处理</translation>
    </message>
</context>
</TS>
