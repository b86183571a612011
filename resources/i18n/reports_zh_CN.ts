<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MemberSheetDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_sheet.py" line="23" />
        <location filename="../../desktop/memberdesk/ui/member_sheet.py" line="43" />
        <source>Member sheet</source>
        <translation>会员资料单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_sheet.py" line="25" />
        <source>A member sheet needs a member: find the member first.</source>
        <translation>会员资料单需要指定会员：请先查到会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/member_sheet.py" line="27" />
        <source>Preparing the member sheet…</source>
        <translation>正在准备会员资料单…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="149" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="150" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="151" />
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="152" />
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="153" />
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="154" />
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="155" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="165" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="168" />
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="173" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="181" />
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="182" />
        <source>New members by channel</source>
        <translation>新会员来源途径</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="183" />
        <source>80/20: share of sales by share of buyers</source>
        <translation>二八法则：会员占比与销售额占比</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="184" />
        <source>RFM segments (click a bar for its members)</source>
        <translation>RFM 分群（点击柱形查看会员）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="227" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="248" />
        <source>Reports are for supervisors and the manager.</source>
        <translation>报表仅供主管和店长查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="269" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="299" />
        <source>Members {total:,} · new {new:,} · computing the rest…</source>
        <translation>会员 {total:,} · 新会员 {new:,} · 正在计算其他数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="319" />
        <source>Members {total:,} · new {new:,} · active {active:,} · lapsed {lapsed:,} · sales {sales} · top 20% of buyers bring {share:.1%} of sales · {churned:,} stopped coming (≈{risk} a year at risk)</source>
        <translation>会员 {total:,} · 新会员 {new:,} · 活跃 {active:,} · 流失 {lapsed:,} · 销售额 {sales} · 前 20% 的会员贡献 {share:.1%} 的销售额 · 新流失 {churned:,} 位（每年约 {risk} 的销售额面临流失）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="346" />
        <source>{segment}: {count:,} members</source>
        <translation>{segment}：{count:,} 位会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="368" />
        <source>Membership report</source>
        <translation>会员分析报告</translation>
    </message>
</context>
<context>
    <name>SegmentMembersModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="85" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="86" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="87" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="88" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="89" />
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/pages/reports.py" line="90" />
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
</context>
</TS>