<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/care.py" line="18" />
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/care.py" line="23" />
        <source>Care</source>
        <translation>顾客关怀</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/complaints.py" line="18" />
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/complaints.py" line="23" />
        <source>Complaints</source>
        <translation>投诉处理</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/counter.py" line="18" />
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/counter.py" line="23" />
        <source>Counter</source>
        <translation>服务台</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/members.py" line="18" />
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/members.py" line="23" />
        <source>Members</source>
        <translation>会员</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="18" />
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="23" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
</TS>