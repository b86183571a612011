<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="43"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="43"/>
        <source>Edit event</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="46"/>
        <source>e.g. VIP appreciation party</source>
        <translation>例如：VIP 会员答谢会</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="55"/>
        <source>how many members may come</source>
        <translation>可参加的会员人数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="58"/>
        <source>name and phone; empty: the store&apos;s phone</source>
        <translation>联系人和电话；不填则用门店电话</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="62"/>
        <source>What the members will find there</source>
        <translation>活动内容（会员到场能看到、得到什么）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="75"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="76"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="77"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="78"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="79"/>
        <source>Replies to</source>
        <translation>回复联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="80"/>
        <source>Description</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="83"/>
        <source>Save event</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="150"/>
        <source>Event saved.</source>
        <translation>活动已保存。</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="47"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="48"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="49"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="50"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="51"/>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="52"/>
        <source>Coming</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="53"/>
        <source>Not coming</source>
        <translation>不参加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="54"/>
        <source>Came</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="70"/>
        <source>New event… (Ctrl+N)</source>
        <translation>新建活动… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="71"/>
        <source>Edit… (F2)</source>
        <translation>修改… (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="72"/>
        <source>Invite… (Ctrl+I)</source>
        <translation>邀请会员… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="73"/>
        <source>Guest list and replies… (Enter)</source>
        <translation>邀请名单与回复… (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="74"/>
        <source>Check-in at the door… (Ctrl+K)</source>
        <translation>现场签到… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="75"/>
        <source>Print invitations… (Ctrl+P)</source>
        <translation>打印邀请函… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="76"/>
        <source>Export messages…</source>
        <translation>导出短信…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="77"/>
        <source>Follow-up… (Ctrl+F)</source>
        <translation>活动回访… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="104"/>
        <source>Events</source>
        <translation>会员活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="148"/>
        <source>Choose an event first, or make a new one with Ctrl+N.</source>
        <translation>请先选择一个活动，或按 Ctrl+N 新建活动。</translation>
    </message>
</context>
</TS>
