<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckInWindow</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/checkin_window.py" line="30"/>
        <source>Check-in: %1</source>
        <translation>现场签到：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/checkin_window.py" line="36"/>
        <source>Scan the member card, or type the phone or card number and Enter</source>
        <translation>扫会员卡，或输入手机号/卡号后按 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/checkin_window.py" line="39"/>
        <source>Waiting for the first guest.</source>
        <translation>等待第一位来宾。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/checkin_window.py" line="45"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/checkin_window.py" line="48"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/checkin_window.py" line="78"/>
        <source>Checked in: %1 (invited %2)</source>
        <translation>已签到：%1 位（邀请 %2 位）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/checkin_window.py" line="103"/>
        <source>%1 was already checked in at %2.</source>
        <translation>%1 已于 %2 签到过，无需重复签到。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/checkin_window.py" line="110"/>
        <source>Welcome, %1! (not invited: checked in as a walk-in)</source>
        <translation>欢迎 %1！（未在邀请名单中，已按现场到场签到）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/checkin_window.py" line="114"/>
        <source>Welcome, %1!</source>
        <translation>欢迎 %1！</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="44"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="44"/>
        <source>Edit event</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="47"/>
        <source>e.g. VIP appreciation party</source>
        <translation>例如：VIP 会员答谢会</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="54"/>
        <source>how many members may come</source>
        <translation>可参加的会员人数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="57"/>
        <source>name and phone; empty: the store&apos;s phone</source>
        <translation>联系人和电话；不填则用门店电话</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="61"/>
        <source>What the members will find there</source>
        <translation>活动内容（会员到场能看到、得到什么）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="74"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="75"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="76"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="77"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="78"/>
        <source>Replies to</source>
        <translation>回复联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="79"/>
        <source>Description</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="82"/>
        <source>Save event</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/event_dialog.py" line="151"/>
        <source>Event saved.</source>
        <translation>活动已保存。</translation>
    </message>
</context>
<context>
    <name>EventPapers</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="49"/>
        <source>Nobody to send an invitation to: invite members first (Ctrl+I).</source>
        <translation>还没有可发邀请函的会员：请先邀请会员（Ctrl+I）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="54"/>
        <source>Invitations</source>
        <translation>邀请函</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="57"/>
        <source>Invitations: %1</source>
        <translation>邀请函：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="71"/>
        <source>Export messages</source>
        <translation>导出短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="72"/>
        <source>invitations</source>
        <translation>活动邀请短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="73"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="81"/>
        <source>SMS file: %1</source>
        <translation>短信文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="97"/>
        <source>%n message(s) written</source>
        <translation>
            <numerusform>已写入 %n 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="98"/>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="162"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="99"/>
        <source>%n member(s) left out (no consent).</source>
        <translation>
            <numerusform>%n 位会员未同意接收营销信息，未包含。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="108"/>
        <source>coming</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="109"/>
        <source>not coming</source>
        <translation>不参加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="110"/>
        <source>no answer</source>
        <translation>未回复</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="112"/>
        <source>walk-in</source>
        <translation>未邀请到场</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="120"/>
        <source>%1, %2. Invited %3, said yes %4, came %5 (walk-ins %6).</source>
        <translation>%1，%2。邀请 %3 位，确认参加 %4 位，到场 %5 位（其中未邀请到场 %6 位）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="130"/>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="167"/>
        <source>Follow-up: %1</source>
        <translation>活动回访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="133"/>
        <source>Came: thank them</source>
        <translation>已到场：致谢回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="135"/>
        <source>Said yes but did not come: ask after them</source>
        <translation>确认参加但未到场：关心问候</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="140"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="141"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="142"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="143"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="144"/>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="161"/>
        <source>%n came</source>
        <translation>
            <numerusform>到场 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/events/papers.py" line="163"/>
        <source>%n said yes and did not come.</source>
        <translation>
            <numerusform>%n 位确认参加但未到场。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="48"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="49"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="50"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="51"/>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="52"/>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="53"/>
        <source>Coming</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="54"/>
        <source>Not coming</source>
        <translation>不参加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="55"/>
        <source>Came</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="71"/>
        <source>New event… (Ctrl+N)</source>
        <translation>新建活动… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="72"/>
        <source>Edit… (F2)</source>
        <translation>修改… (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="73"/>
        <source>Invite… (Ctrl+I)</source>
        <translation>邀请会员… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="74"/>
        <source>Guest list and replies… (Enter)</source>
        <translation>邀请名单与回复… (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="75"/>
        <source>Check-in at the door… (Ctrl+K)</source>
        <translation>现场签到… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="76"/>
        <source>Print invitations… (Ctrl+P)</source>
        <translation>打印邀请函… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="77"/>
        <source>Export messages…</source>
        <translation>导出短信…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="78"/>
        <source>Follow-up… (Ctrl+F)</source>
        <translation>活动回访… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="103"/>
        <source>Events</source>
        <translation>会员活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/events_page.py" line="147"/>
        <source>Choose an event first, or make a new one with Ctrl+N.</source>
        <translation>请先选择一个活动，或按 Ctrl+N 新建活动。</translation>
    </message>
</context>
<context>
    <name>GuestsDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="68"/>
        <source>Guest list: %1</source>
        <translation>邀请名单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="71"/>
        <source>Find by name, phone ending or card number</source>
        <translation>按姓名、手机尾号或卡号查找</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="76"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="76"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="76"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="76"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="76"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="77"/>
        <source>Came</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="92"/>
        <source>Y or 1: coming · N or 2: not coming · 0: no answer</source>
        <translation>Y 或 1：参加 · N 或 2：不参加 · 0：未回复</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="94"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="130"/>
        <source>walk-in</source>
        <translation>未邀请到场</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="132"/>
        <source>coming</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="133"/>
        <source>not coming</source>
        <translation>不参加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="134"/>
        <source>no answer</source>
        <translation>未回复</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="154"/>
        <source>no limit</source>
        <translation>不限名额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="154"/>
        <source>%1 places</source>
        <translation>%1 个名额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="157"/>
        <source>Invited %1 · coming %2 · not coming %3 · no answer %4 · came %5 · %6</source>
        <translation>已邀请 %1 · 参加 %2 · 不参加 %3 · 未回复 %4 · 已到场 %5 · %6</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/guests_dialog.py" line="172"/>
        <source>%1 came without an invitation: there is no reply to take.</source>
        <translation>%1 未受邀请直接到场，无需登记回复。</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="45"/>
        <source>Invite members: %1</source>
        <translation>邀请会员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="48"/>
        <source>Every member of:</source>
        <translation>整个等级的会员：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="57"/>
        <source>(no saved segment)</source>
        <translation>（不选分群）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="64"/>
        <source>Every member of the saved segment:</source>
        <translation>已保存分群的全部会员：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="69"/>
        <source>Find a member (name, pinyin, phone, last 4) and Enter to add them</source>
        <translation>查找会员（姓名、拼音、手机号、尾号），按 Enter 加入名单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="77"/>
        <source>Phones or card numbers, one a line (pasted from a list)</source>
        <translation>手机号或卡号，每行一个（可从名单粘贴）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="82"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="84"/>
        <source>Invite (Ctrl+Enter)</source>
        <translation>邀请 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="138"/>
        <source>No member found for “%1”.</source>
        <translation>没有找到“%1”对应的会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="140"/>
        <source>Several members match: %1 … type more.</source>
        <translation>有多位会员符合：%1……请再多输入几个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="146"/>
        <source>Added %1 (%2).</source>
        <translation>已加入 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="154"/>
        <source>Tick a tier or paste phones or card numbers first.</source>
        <translation>请先勾选会员等级，或粘贴手机号/卡号。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="167"/>
        <source>%n member(s) invited</source>
        <translation>
            <numerusform>已邀请 %n 位会员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="168"/>
        <source>%n already invited</source>
        <translation>
            <numerusform>%n 位此前已邀请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="169"/>
        <source>%n left out (no consent)</source>
        <translation>
            <numerusform>%n 位未同意接收营销信息，未邀请</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="172"/>
        <source>not a member: %1</source>
        <translation>不是会员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/events/invite_dialog.py" line="174"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
</TS>
