<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="45"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="46"/>
        <source>New arrivals first</source>
        <translation>新品先知</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="47"/>
        <source>Event invitation</source>
        <translation>活动邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="48"/>
        <source>Win-back</source>
        <translation>唤回</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="51"/>
        <source>Counter visits recorded per member</source>
        <translation>人均柜台接待记录次数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="52"/>
        <source>Sales per member</source>
        <translation>人均消费笔数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="53"/>
        <source>Revenue per member</source>
        <translation>人均消费额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="54"/>
        <source>Share who bought</source>
        <translation>购买人数占比</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="55"/>
        <source>Share who used the coupon</source>
        <translation>用券人数占比</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="56"/>
        <source>Lapsed members won back</source>
        <translation>流失会员回流</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="83"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="87"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="87"/>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="143"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="87"/>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="144"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="87"/>
        <source>Window</source>
        <translation>统计期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="88"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="88"/>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="104"/>
        <source>{signature}{honorific}, … {coupon}</source>
        <translation>{signature}{honorific}，… {coupon}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="120"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="123"/>
        <source>Send… (Ctrl+Enter)</source>
        <translation>发送… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="127"/>
        <source>Print cards… (Ctrl+P)</source>
        <translation>打印贺卡…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="133"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="142"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="145"/>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="150"/>
        <source>Measured from</source>
        <translation>统计期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="151"/>
        <source>Control group</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="152"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="203"/>
        <source>No coupon</source>
        <translation>不发券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="224"/>
        <source>Campaign “{name}” set up: Send… when ready.</source>
        <translation>活动“{name}”已创建：准备好后点“发送…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="241"/>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="262"/>
        <source>Choose a campaign in the list first.</source>
        <translation>请先在列表中选择一个活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="245"/>
        <source>Send campaign</source>
        <translation>发送活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="245"/>
        <source>campaign</source>
        <translation>营销短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="245"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="253"/>
        <source>SMS file: {name}</source>
        <translation>短信文件：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="284"/>
        <source>The campaign reached no member who can be sent a card.</source>
        <translation>这次营销活动送达的会员中，没有可以寄卡片的。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="287"/>
        <source>Campaign cards</source>
        <translation>营销活动卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="296"/>
        <source>Preparing cards…</source>
        <translation>正在准备卡片…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="309"/>
        <source>%n message(s) written</source>
        <translation>
            <numerusform>已导出 %n 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="310"/>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="312"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="311"/>
        <source>%n member(s) held out as control</source>
        <translation>
            <numerusform>%n 位会员留作对照组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="313"/>
        <source>%n member(s) left out (no consent).</source>
        <translation>
            <numerusform>%n 位会员未同意接收，未发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="331"/>
        <source>{name}, {start} – {end}: {sent} recipients, {held} in the control group.</source>
        <translation>{name}，{start} 至 {end}：发送 {sent} 人，对照组 {held} 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="345"/>
        <source>95% range {low} to {high}</source>
        <translation>95% 区间 {low} 至 {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="349"/>
        <source>too few members to tell</source>
        <translation>人数太少，无法判断</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="351"/>
        <source>a clear difference</source>
        <translation>差异明显</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="351"/>
        <source>within chance</source>
        <translation>在偶然范围内</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/campaigns_dialog.py" line="352"/>
        <source>{measure}: recipients {a}, control {b}, difference {d} ({between}; {verdict})</source>
        <translation>{measure}：发送组 {a}，对照组 {b}，差 {d}（{between}；{verdict}）</translation>
    </message>
</context>
<context>
    <name>SegmentCouponDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/segment_coupon_dialog.py" line="22"/>
        <source>Give a coupon: %1</source>
        <translation>发券：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/segment_coupon_dialog.py" line="30"/>
        <source>Give</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/segment_coupon_dialog.py" line="33"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/segment_coupon_dialog.py" line="36"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/segment_coupon_dialog.py" line="37"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/segment_coupon_dialog.py" line="48"/>
        <source>No coupon is set up yet.</source>
        <translation>还没有设置优惠券。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/campaigns/segment_coupon_dialog.py" line="69"/>
        <source>%n coupon(s) given</source>
        <translation>
            <numerusform>已发放 %n 张券</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/campaigns/segment_coupon_dialog.py" line="70"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/campaigns/segment_coupon_dialog.py" line="71"/>
        <source>%n member(s) had it already.</source>
        <translation>
            <numerusform>%n 位会员已领过。</numerusform>
        </translation>
    </message>
</context>
</TS>
