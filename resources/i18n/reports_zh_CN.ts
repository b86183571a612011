<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MemberSheet</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="36"/>
        <source>{months} month(s)</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="37"/>
        <source>{years} years</source>
        <translation>{years} 岁</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="43"/>
        <source>leap month {month}, day {day} of the lunar calendar</source>
        <translation>农历闰{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="45"/>
        <source>month {month}, day {day} of the lunar calendar</source>
        <translation>农历{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="50"/>
        <source>Membership closed</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="52"/>
        <source>Merged into another card</source>
        <translation>已合并到另一张会员卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="53"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="64"/>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="126"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="65"/>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="127"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="66"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="67"/>
        <source>Member card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="68"/>
        <source>Membership</source>
        <translation>会员状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="69"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="70"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="71"/>
        <source>Member since</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="72"/>
        <source>Joined through</source>
        <translation>入会途径</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="73"/>
        <source>Enrolled by</source>
        <translation>办理员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="74"/>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="128"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="75"/>
        <source>Lunar birthday (celebrated)</source>
        <translation>农历生日（按农历过生日）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="76"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="77"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="78"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="79"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="80"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="89"/>
        <source>Member sheet</source>
        <translation>会员资料单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="94"/>
        <source>Everything {store} holds about you as a member, printed at your request.</source>
        <translation>本单列出{store}保存的您的全部会员资料，应您的要求打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="107"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="113"/>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="116"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="118"/>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="119"/>
        <source>Skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="120"/>
        <source>Hair type</source>
        <translation>发质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="124"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="129"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="144"/>
        <source>Sensitive information (stored with your consent)</source>
        <translation>敏感个人信息（经您同意保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="147"/>
        <source>granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="147"/>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="149"/>
        <source>Consent history</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="151"/>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="173"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="152"/>
        <source>Answer</source>
        <translation>意愿</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="153"/>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="158"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="158"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="160"/>
        <source>Purchase history</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="163"/>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="164"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="165"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="166"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="174"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="175"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="178"/>
        <source>Return history</source>
        <translation>退货记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="184"/>
        <source>Complaint history</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="185"/>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="190"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="191"/>
        <source>What will be done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="196"/>
        <source>Suggestions</source>
        <translation>建议记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="197"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="202"/>
        <source>Your ratings of our service</source>
        <translation>您对我们服务的评价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="205"/>
        <source>Expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="206"/>
        <source>Perceived</source>
        <translation>感受值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="207"/>
        <source>Your comment</source>
        <translation>您的意见</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="216"/>
        <source>Points history</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="217"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="217"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="222"/>
        <source>Printed {when}</source>
        <translation>打印时间：{when}</translation>
    </message>
</context>
<context>
    <name>MembershipReport</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="42"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="47"/>
        <source>Membership report</source>
        <translation>会员分析报告</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="50"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="79"/>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="81"/>
        <source>Members in all</source>
        <translation>会员总数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="82"/>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="84"/>
        <source>Active members (bought in the period)</source>
        <translation>活跃会员（期内有消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="88"/>
        <source>Lapsed members (no visit for {days} days)</source>
        <translation>流失会员（{days} 天未到店）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="93"/>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="161"/>
        <source>Sales revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="94"/>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="212"/>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="95"/>
        <source>Suggestions received</source>
        <translation>收到的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="101"/>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="160"/>
        <source>Number of members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="102"/>
        <source>Where members came from</source>
        <translation>会员从哪里来（顾客开发途径）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="106"/>
        <source>Partner promotions</source>
        <translation>联合促销伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="113"/>
        <source>Members who referred most</source>
        <translation>介绍新会员最多的老会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="114"/>
        <source>Referred</source>
        <translation>介绍人数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="122"/>
        <source>Staff referrals</source>
        <translation>员工介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="127"/>
        <source>Tier distribution</source>
        <translation>会员等级分布</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="133"/>
        <source>Of the {buyers:,} members who bought in the period, the top 20% brought {share:.1%} of sales.</source>
        <translation>期内有消费的 {buyers:,} 位会员中，前 20% 贡献了 {share:.1%} 的销售额。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="137"/>
        <source>top 20% → {share:.0%}</source>
        <translation>前 20% → {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="139"/>
        <source>The 80/20 view</source>
        <translation>二八法则</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="151"/>
        <source>RFM segments (recency, frequency, monetary value)</source>
        <translation>RFM 分群（最近消费、消费频次、消费金额）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="159"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="169"/>
        <source>Members who stopped coming</source>
        <translation>顾客流失</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="170"/>
        <source>{count:,} members stopped coming in the period (no visit for {days} days); about {risk} a year of sales went with them.</source>
        <translation>本期新流失 {count:,} 位会员（最后到店已超过 {days} 天），每年约 {risk} 的销售额面临流失。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="188"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="189"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="190"/>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="191"/>
        <source>Likely why (last complaint or return)</source>
        <translation>可能原因（最近的投诉或退货）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="207"/>
        <source>Returns and refunds</source>
        <translation>退货分析</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="210"/>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="221"/>
        <source>Return type</source>
        <translation>退货类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="211"/>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="222"/>
        <source>Returns made</source>
        <translation>退货笔数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="220"/>
        <source>Main reasons for returns</source>
        <translation>主要退货原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="230"/>
        <source>Complaints made</source>
        <translation>投诉件数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="231"/>
        <source>Complaints and suggestions</source>
        <translation>投诉与建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="234"/>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="240"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="246"/>
        <source>{n} resolved; median time to resolve {median} h, 90% within {p90} h.</source>
        <translation>已解决 {n} 件；解决用时中位数 {median} 小时，90% 在 {p90} 小时内。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="258"/>
        <source>Suggestions received in the period: {n}.</source>
        <translation>本期收到顾客建议 {n} 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="266"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="267"/>
        <source>Ratings</source>
        <translation>评价次数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="269"/>
        <source>Satisfaction (perceived / expected)</source>
        <translation>顾客满意度（满意度 = 感受值 / 期望值）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="274"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="275"/>
        <source>Expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="276"/>
        <source>Perceived</source>
        <translation>感受值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="285"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="291"/>
        <source>Customer care</source>
        <translation>顾客关怀</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="298"/>
        <source>Kind</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="299"/>
        <source>Tasks</source>
        <translation>应关怀</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="300"/>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/base.py" line="94"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="24"/>
        <source>Word of mouth</source>
        <translation>口碑</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="25"/>
        <source>Partner promotion</source>
        <translation>联合促销</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="26"/>
        <source>Staff referral</source>
        <translation>员工介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="27"/>
        <source>Member referral</source>
        <translation>老会员介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="28"/>
        <source>Target group</source>
        <translation>特别客群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="29"/>
        <source>Came in by themselves</source>
        <translation>自行到店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="30"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="31"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="32"/>
        <source>Mobile operator</source>
        <translation>移动运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="33"/>
        <source>Fitness club</source>
        <translation>健身俱乐部</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="34"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="36"/>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="37"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="38"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="39"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="41"/>
        <source>Important value</source>
        <translation>重要价值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="42"/>
        <source>Important to develop</source>
        <translation>重要发展</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="43"/>
        <source>Important to keep</source>
        <translation>重要保持</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="44"/>
        <source>Important to win back</source>
        <translation>重要挽留</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="45"/>
        <source>General value</source>
        <translation>一般价值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="46"/>
        <source>General to develop</source>
        <translation>一般发展</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="47"/>
        <source>General to keep</source>
        <translation>一般保持</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="48"/>
        <source>General to win back</source>
        <translation>一般挽留</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="50"/>
        <source>Quality defect</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="51"/>
        <source>Size / fit</source>
        <translation>尺码不合适</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="52"/>
        <source>Colour / style</source>
        <translation>颜色 / 款式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="53"/>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="54"/>
        <source>Damaged in transit</source>
        <translation>运输损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="56"/>
        <source>Product quality</source>
        <translation>商品质量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="57"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="58"/>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="59"/>
        <source>Store environment</source>
        <translation>购物环境</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="60"/>
        <source>Waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="61"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="62"/>
        <source>Promotion gap</source>
        <translation>促销差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="63"/>
        <source>Understanding gap</source>
        <translation>理解差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="64"/>
        <source>Procedure gap</source>
        <translation>程序差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="65"/>
        <source>Behaviour gap</source>
        <translation>行为差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="66"/>
        <source>Perception gap</source>
        <translation>感受差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="67"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="68"/>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="69"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="70"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="71"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="73"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="74"/>
        <source>Child&apos;s birthday</source>
        <translation>子女生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="75"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="76"/>
        <source>Member event</source>
        <translation>会员活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="77"/>
        <source>After-sales due</source>
        <translation>售后到期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="79"/>
        <source>Tops</source>
        <translation>上装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="80"/>
        <source>Bottoms</source>
        <translation>下装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="81"/>
        <source>Dresses</source>
        <translation>裙装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="82"/>
        <source>Shoes</source>
        <translation>鞋</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="83"/>
        <source>Bra</source>
        <translation>内衣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="84"/>
        <source>Children&apos;s</source>
        <translation>童装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="86"/>
        <source>Purchase</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="87"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="88"/>
        <source>Points redeemed</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="89"/>
        <source>Birthday gift</source>
        <translation>生日赠送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="90"/>
        <source>Adjusted by hand</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="91"/>
        <source>Sale voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="93"/>
        <source>Marketing messages</source>
        <translation>接收营销信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="94"/>
        <source>Sensitive personal information</source>
        <translation>敏感个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="95"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="96"/>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="97"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="99"/>
        <source>Alteration</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="100"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="101"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="102"/>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="103"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="104"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="105"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="106"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="108"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="109"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="110"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="199"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="200"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="201"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="202"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="203"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="204"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="205"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="212"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="215"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="220"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="228"/>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="229"/>
        <source>New members by channel</source>
        <translation>新会员来源途径</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="230"/>
        <source>80/20: share of sales by share of buyers</source>
        <translation>二八法则：会员占比与销售额占比</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="231"/>
        <source>RFM segments (click a bar for its members)</source>
        <translation>RFM 分群（点击柱形查看会员）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="280"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="321"/>
        <source>Reports are for supervisors and the manager.</source>
        <translation>报表仅供主管和店长查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="350"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="390"/>
        <source>Members {total:,} · new {new:,} · computing the rest…</source>
        <translation>会员 {total:,} · 新会员 {new:,} · 正在计算其他数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="412"/>
        <source>Members {total:,} · new {new:,} · active {active:,} · lapsed {lapsed:,} · sales {sales} · top 20% of buyers bring {share:.1%} of sales · {churned:,} stopped coming (≈{risk} a year at risk)</source>
        <translation>会员 {total:,} · 新会员 {new:,} · 活跃 {active:,} · 流失 {lapsed:,} · 销售额 {sales} · 前 20% 的会员贡献 {share:.1%} 的销售额 · 新流失 {churned:,} 位（每年约 {risk} 的销售额面临流失）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="439"/>
        <source>%1: %Ln member(s)</source>
        <translation>
            <numerusform>%1：%Ln 位会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="469"/>
        <source>Membership report</source>
        <translation>会员分析报告</translation>
    </message>
</context>
<context>
    <name>SegmentMembersModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="90"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="91"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="92"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="93"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="94"/>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="95"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
</context>
</TS>
