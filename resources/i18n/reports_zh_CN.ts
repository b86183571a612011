<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LiabilityDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/liability_dialog.py" line="57"/>
        <location filename="../../desktop/memberdesk/ui/reports/liability_dialog.py" line="207"/>
        <source>Stored-value liability</source>
        <translation>储值负债报告</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/liability_dialog.py" line="67"/>
        <source>Owed at the end of</source>
        <translation>负债截至日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/liability_dialog.py" line="73"/>
        <source>Movements in</source>
        <translation>变动期间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/liability_dialog.py" line="91"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/liability_dialog.py" line="94"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/liability_dialog.py" line="97"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/liability_dialog.py" line="141"/>
        <source>The store owes {owed}: members&apos; principal {principal} and gift cards {cards}. Members&apos; bonus {bonus} is the store&apos;s gift, not money owed. {accounts:,} accounts hold a balance.</source>
        <translation>本店应付储值负债 {owed}：会员本金 {principal}，礼品卡 {cards}。会员赠送金额 {bonus} 为本店赠送，不属应付款。共 {accounts:,} 个账户有余额。</translation>
    </message>
</context>
<context>
    <name>LiabilityReport</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="25"/>
        <source>Balances brought over from the previous system</source>
        <translation>从旧系统转入的余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="27"/>
        <source>Top-ups and gift cards sold</source>
        <translation>充值及礼品卡售卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="28"/>
        <source>Spent at the till</source>
        <translation>收银消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="29"/>
        <source>Returns paid back to the balance</source>
        <translation>退货退回储值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="30"/>
        <source>Voided sales given back</source>
        <translation>作废销售退回储值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="33"/>
        <source>Withdrawals (principal paid back, bonus forfeited)</source>
        <translation>退储值（退还本金，赠送金额作废）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="54"/>
        <source>Stored-value liability</source>
        <translation>储值负债报告</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="61"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="77"/>
        <source>Owed at the end of {day}</source>
        <translation>截至 {day} 日终的储值负债</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="84"/>
        <source>Members&apos; principal (paid in, not yet spent)</source>
        <translation>会员储值本金（已充值、尚未消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="88"/>
        <source>Gift cards (sold, not yet spent)</source>
        <translation>礼品卡余额（已售出、尚未消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="93"/>
        <source>What the store owes (principal and gift cards)</source>
        <translation>本店应付负债（本金＋礼品卡）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="99"/>
        <source>Members&apos; bonus (given by the store, not money owed)</source>
        <translation>会员赠送金额（本店赠送，不属应付款）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="106"/>
        <source>Accounts holding a balance</source>
        <translation>有余额的账户数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="117"/>
        <source>Movements from {start} to {end}</source>
        <translation>{start}至{end}的储值变动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="125"/>
        <source>What moved</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="126"/>
        <source>Entries</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="127"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="128"/>
        <source>Bonus</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="129"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="134"/>
        <source>Opening balance (end of {day})</source>
        <translation>期初余额（{day} 日终）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="156"/>
        <source>Closing balance (end of {day})</source>
        <translation>期末余额（{day} 日终）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="171"/>
        <source>Opening {opening} {sign} movements {moved} = closing {closing}.</source>
        <translation>期初 {opening} {sign} 本期变动 {moved} ＝ 期末 {closing}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="182"/>
        <source>These figures do not add up: run `memberdesk db check`.</source>
        <translation>以上数字对不上：请运行 `memberdesk db check` 检查账目。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="189"/>
        <source>Money taken in for top-ups and gift cards: {taken}; paid back for withdrawals: {paid}.</source>
        <translation>本期充值及售卡收款 {taken}；退储值付款 {paid}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/liability.py" line="204"/>
        <source>Stored value does not expire: no balance is written off as expired.</source>
        <translation>储值不设有效期：不存在因过期而核销的余额。</translation>
    </message>
</context>
<context>
    <name>MemberSheet</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="50"/>
        <source>{months} month(s)</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="51"/>
        <source>{years} years</source>
        <translation>{years} 岁</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="57"/>
        <source>leap month {month}, day {day} of the lunar calendar</source>
        <translation>农历闰{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="59"/>
        <source>month {month}, day {day} of the lunar calendar</source>
        <translation>农历{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="64"/>
        <source>Membership closed</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="66"/>
        <source>Merged into another card</source>
        <translation>已合并到另一张会员卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="67"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="78"/>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="141"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="79"/>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="142"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="80"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="81"/>
        <source>Member card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="82"/>
        <source>Membership</source>
        <translation>会员状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="83"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="84"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="85"/>
        <source>Member since</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="86"/>
        <source>Joined through</source>
        <translation>入会途径</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="87"/>
        <source>Enrolled by</source>
        <translation>办理员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="88"/>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="143"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="89"/>
        <source>Lunar birthday (celebrated)</source>
        <translation>农历生日（按农历过生日）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="90"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="91"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="92"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="93"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="94"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="104"/>
        <source>Member sheet</source>
        <translation>会员资料单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="109"/>
        <source>Everything {store} holds about you as a member, printed at your request.</source>
        <translation>本单列出{store}保存的您的全部会员资料，应您的要求打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="122"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="128"/>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="131"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="133"/>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="134"/>
        <source>Skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="135"/>
        <source>Hair type</source>
        <translation>发质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="139"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="144"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="159"/>
        <source>Sensitive information (stored with your consent)</source>
        <translation>敏感个人信息（经您同意保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="162"/>
        <source>granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="162"/>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="165"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="168"/>
        <source>Consent history</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="254"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="255"/>
        <source>Points added or taken off</source>
        <translation>积分增减</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="185"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="178"/>
        <source>Purchase history</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="181"/>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="182"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="183"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="184"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="166"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="170"/>
        <source>What you agreed to</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="171"/>
        <source>Your answer</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="191"/>
        <source>Return history</source>
        <translation>退货记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="194"/>
        <source>Return type</source>
        <translation>退货类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="195"/>
        <source>Reason for the return</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="196"/>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="202"/>
        <source>Complaint history</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="205"/>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="206"/>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="216"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="219"/>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="220"/>
        <source>What will be done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="230"/>
        <source>Suggestions</source>
        <translation>建议记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="231"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="236"/>
        <source>Your ratings of our service</source>
        <translation>您对我们服务的评价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="239"/>
        <source>Expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="240"/>
        <source>Perceived</source>
        <translation>感受值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="241"/>
        <source>Your comment</source>
        <translation>您的意见</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="250"/>
        <source>Points history</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="253"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/member_sheet.py" line="261"/>
        <source>Printed {when}</source>
        <translation>打印时间：{when}</translation>
    </message>
</context>
<context>
    <name>MembershipReport</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="56"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="61"/>
        <source>Membership report</source>
        <translation>会员分析报告</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="64"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="93"/>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="95"/>
        <source>Members in all</source>
        <translation>会员总数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="96"/>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="98"/>
        <source>Active members (bought in the period)</source>
        <translation>活跃会员（期内有消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="102"/>
        <source>Lapsed members (no visit for {days} days)</source>
        <translation>流失会员（{days} 天未到店）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="238"/>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="116"/>
        <source>Suggestions received</source>
        <translation>收到的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="111"/>
        <source>Refunds</source>
        <translation>退款总额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="122"/>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="187"/>
        <source>Number of members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="123"/>
        <source>Where members came from</source>
        <translation>会员从哪里来（顾客开发途径）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="127"/>
        <source>Partner promotions</source>
        <translation>联合促销伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="134"/>
        <source>Members who referred most</source>
        <translation>介绍新会员最多的老会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="135"/>
        <source>Referred</source>
        <translation>介绍人数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="148"/>
        <source>Tier distribution</source>
        <translation>会员等级分布</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="161"/>
        <source>top 20% → {share:.0%}</source>
        <translation>前 20% → {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="163"/>
        <source>The 80/20 view</source>
        <translation>二八法则</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="178"/>
        <source>RFM segments (recency, frequency, monetary value)</source>
        <translation>RFM 分群（最近消费、消费频次、消费金额）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="186"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="196"/>
        <source>Members who stopped coming</source>
        <translation>顾客流失</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="215"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="216"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="217"/>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="218"/>
        <source>Likely why (last complaint or return)</source>
        <translation>可能原因（最近的投诉或退货）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="236"/>
        <source>Returns and refunds</source>
        <translation>退货分析</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="234"/>
        <source>Return type</source>
        <translation>退货类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="108"/>
        <source>Gross sales (before refunds)</source>
        <translation>销售总额（未扣退款）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="113"/>
        <source>Net sales (gross sales less refunds)</source>
        <translation>净销售额（销售总额减退款总额）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="143"/>
        <source>Staff who referred new members</source>
        <translation>介绍新会员的员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="156"/>
        <source>Of the {active:,} active members, {buyers:,} spent more than they had refunded in the period; the top 20% of them brought {share:.1%} of their net spend.</source>
        <translation>{active:,} 位活跃会员中，{buyers:,} 位期内的消费多于退款；其中前 20% 贡献了这些会员净消费的 {share:.1%}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="188"/>
        <source>Their net spend in the period</source>
        <translation>期内净消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="197"/>
        <source>{count:,} members stopped coming in the period (no visit for {days} days); together they used to spend about {risk} a year.</source>
        <translation>本期新流失 {count:,} 位会员（最后到店已超过 {days} 天），他们过去每年共消费约 {risk}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="235"/>
        <source>Returns made</source>
        <translation>退货笔数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="244"/>
        <source>Main reasons for returns</source>
        <translation>主要退货原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="251"/>
        <source>Complaints made</source>
        <translation>投诉件数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="252"/>
        <source>Complaints and suggestions</source>
        <translation>投诉与建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="255"/>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="261"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="267"/>
        <source>{n} of them have been resolved (now {statuses}); median time to resolve {median} h, 90% within {p90} h.</source>
        <translation>其中 {n} 件已得到解决（现为{statuses}）；解决用时中位数 {median} 小时，90% 在 {p90} 小时内。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="323"/>
        <source>Done (skipped ones included)</source>
        <translation>已完成（含跳过）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="285"/>
        <source>Suggestions received in the period: {n}.</source>
        <translation>本期收到顾客建议 {n} 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="293"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="294"/>
        <source>Ratings</source>
        <translation>评价次数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="296"/>
        <source>Satisfaction (perceived / expected)</source>
        <translation>顾客满意度（满意度 = 感受值 / 期望值）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="301"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="302"/>
        <source>Expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="303"/>
        <source>Perceived</source>
        <translation>感受值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="312"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="318"/>
        <source>Customer care</source>
        <translation>顾客关怀</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="321"/>
        <source>Kind</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="322"/>
        <source>Tasks</source>
        <translation>应关怀</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="32"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="33"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="34"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="35"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="36"/>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="29"/>
        <source>Gift card slip {no}</source>
        <translation>礼品卡凭条 {no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="33"/>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="37"/>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="34"/>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="36"/>
        <source>The card holds</source>
        <translation>卡内余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="44"/>
        <source>Show this code at the till to pay.</source>
        <translation>结账时出示此码即可付款。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="45"/>
        <source>Whoever holds the code can spend the card.</source>
        <translation>持码即可消费，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="46"/>
        <source>A gift card is not paid back in cash.</source>
        <translation>礼品卡余额不兑换现金。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="38"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="69"/>
        <source>Staff</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="74"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="84"/>
        <source>Item discount</source>
        <translation>单品优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="89"/>
        <source>Goods</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="91"/>
        <source>Item discounts</source>
        <translation>单品优惠合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="93"/>
        <source>Member price</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="95"/>
        <source>Coupon {name}</source>
        <translation>优惠券 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="98"/>
        <source>Sale discount</source>
        <translation>整单优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="100"/>
        <source>{points} points redeemed</source>
        <translation>{points} 积分抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="104"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="111"/>
        <source>Cash tendered</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="112"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="122"/>
        <source>Gift card {code} balance</source>
        <translation>礼品卡 {code} 余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="125"/>
        <source>Stored-value balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="128"/>
        <source>principal {principal} + bonus {bonus}</source>
        <translation>本金 {principal} + 赠送 {bonus}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="138"/>
        <source>Points earned</source>
        <translation>本次积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="140"/>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="142"/>
        <source>Points owed</source>
        <translation>尚欠积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="150"/>
        <source>Receipt {no}</source>
        <translation>小票号：{no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="158"/>
        <source>Invoices are issued at: {desk}</source>
        <translation>发票请到{desk}开具</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="160"/>
        <source>Please check your receipt.</source>
        <translation>请核对小票，谢谢惠顾。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="169"/>
        <source>Redeemed points given back</source>
        <translation>退还抵扣积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="172"/>
        <source>Earned points taken back</source>
        <translation>扣回所得积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="175"/>
        <source>Points owed, paid off from the next points earned</source>
        <translation>尚欠积分（从以后所得积分中扣除）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="184"/>
        <source>Return slip {no}</source>
        <translation>退货单号：{no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="186"/>
        <source>without a receipt</source>
        <translation>无小票</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="187"/>
        <source>For receipt {no}</source>
        <translation>原小票号：{no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="190"/>
        <source>Approved by {name}</source>
        <translation>审批人：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="191"/>
        <source>Why: {kind} · {reason}</source>
        <translation>退货原因：{kind} · {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="197"/>
        <source>Refund</source>
        <translation>退款合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="198"/>
        <source>to {method}</source>
        <translation>退回{method}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="205"/>
        <source>Coupon {names} was used on this sale: the refund is net of it, and it is not given back.</source>
        <translation>本单使用了优惠券 {names}：退款已扣除其优惠，优惠券不退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="211"/>
        <source>Please keep this slip.</source>
        <translation>请妥善保管本退货单。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wallet_slip.py" line="18"/>
        <source>Top-up slip {no}</source>
        <translation>充值凭条 {no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wallet_slip.py" line="24"/>
        <source>Paid in</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wallet_slip.py" line="26"/>
        <source>Store&apos;s bonus</source>
        <translation>本店赠送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wallet_slip.py" line="28"/>
        <source>Added to the balance</source>
        <translation>存入余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wallet_slip.py" line="31"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wallet_slip.py" line="32"/>
        <source>of which paid in</source>
        <translation>其中本金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wallet_slip.py" line="33"/>
        <source>of which bonus</source>
        <translation>其中赠送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wallet_slip.py" line="35"/>
        <source>The bonus is not paid back in cash.</source>
        <translation>赠送金额不可提现。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wallet_slip.py" line="36"/>
        <source>Please keep this top-up slip.</source>
        <translation>请妥善保管本凭条。</translation>
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
        <location filename="../../desktop/memberdesk/reports/wording.py" line="48"/>
        <source>Word of mouth</source>
        <translation>口碑</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="49"/>
        <source>Partner promotion</source>
        <translation>联合促销</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="51"/>
        <source>Member referral</source>
        <translation>老会员介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="52"/>
        <source>Target group</source>
        <translation>特别客群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="54"/>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="92"/>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="101"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="57"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="58"/>
        <source>Mobile operator</source>
        <translation>移动运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="60"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="61"/>
        <source>Other partner</source>
        <translation>其他合作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="64"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="65"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="66"/>
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="67"/>
        <source>Partner business</source>
        <translation>合作企业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="68"/>
        <source>Families</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="71"/>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="72"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="73"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="74"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="77"/>
        <source>Important value</source>
        <translation>重要价值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="78"/>
        <source>Important to develop</source>
        <translation>重要发展</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="79"/>
        <source>Important to keep</source>
        <translation>重要保持</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="80"/>
        <source>Important to win back</source>
        <translation>重要挽留</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="81"/>
        <source>General value</source>
        <translation>一般价值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="82"/>
        <source>General to develop</source>
        <translation>一般发展</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="83"/>
        <source>General to keep</source>
        <translation>一般保持</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="84"/>
        <source>General to win back</source>
        <translation>一般挽留</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="87"/>
        <source>Quality defect</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="88"/>
        <source>Size / fit</source>
        <translation>尺码不合适</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="89"/>
        <source>Colour / style</source>
        <translation>颜色 / 款式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="90"/>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="91"/>
        <source>Damaged in transit</source>
        <translation>运输损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="95"/>
        <source>Product quality</source>
        <translation>商品质量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="96"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="98"/>
        <source>Store environment</source>
        <translation>购物环境</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="99"/>
        <source>Waiting</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="100"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="104"/>
        <source>Promotion gap</source>
        <translation>促销差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="105"/>
        <source>Understanding gap</source>
        <translation>理解差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="106"/>
        <source>Procedure gap</source>
        <translation>程序差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="107"/>
        <source>Behaviour gap</source>
        <translation>行为差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="108"/>
        <source>Perception gap</source>
        <translation>感受差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="111"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="112"/>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="113"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="114"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="115"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="118"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="119"/>
        <source>Child&apos;s birthday</source>
        <translation>子女生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="120"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="121"/>
        <source>Member event</source>
        <translation>会员活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="122"/>
        <source>After-sales due</source>
        <translation>售后到期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="126"/>
        <source>Tops</source>
        <translation>上装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="127"/>
        <source>Bottoms</source>
        <translation>下装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="128"/>
        <source>Dresses</source>
        <translation>裙装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="129"/>
        <source>Shoes</source>
        <translation>鞋</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="130"/>
        <source>Bra</source>
        <translation>内衣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="131"/>
        <source>Children&apos;s</source>
        <translation>童装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="134"/>
        <source>Purchase</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="135"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="136"/>
        <source>Points redeemed</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="137"/>
        <source>Birthday gift</source>
        <translation>生日赠送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="138"/>
        <source>Adjusted by hand</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="139"/>
        <source>Sale voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="140"/>
        <source>Points expired</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="141"/>
        <source>Referral reward</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="144"/>
        <source>Marketing messages</source>
        <translation>接收营销信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="145"/>
        <source>Sensitive personal information</source>
        <translation>敏感个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="154"/>
        <source>Promised</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="156"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="168"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="169"/>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="170"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="148"/>
        <source>Alteration</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="50"/>
        <source>Staff referral / group-buy card</source>
        <translation>员工介绍 / 团购卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="53"/>
        <source>Walked in</source>
        <translation>自然到店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="59"/>
        <source>Gym</source>
        <translation>健身房</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="97"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="123"/>
        <source>★ Points expiring</source>
        <translation>★ 积分将过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="149"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="150"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="151"/>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="155"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="157"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="160"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="161"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="162"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="211"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="212"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="213"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="214"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="215"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="216"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="217"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="224"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="227"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="230"/>
        <source>Stored-value liability…</source>
        <translation>储值负债…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="235"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="243"/>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="244"/>
        <source>New members by channel</source>
        <translation>新会员来源途径</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="245"/>
        <source>80/20: share of net spend by share of members</source>
        <translation>二八法则：会员占比与净消费占比</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="430"/>
        <source>Members in all {total:,} · new members {new:,} · computing the rest…</source>
        <translation>会员总数 {total:,} · 新会员 {new:,} · 正在计算其他数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="452"/>
        <source>Members in all {total:,} · new members {new:,} · active members {active:,} · lapsed members {lapsed:,} · net sales {net} (gross sales {gross} less refunds {refunds}) · the top 20% of members by net spend bring {share:.1%} of it · {churned:,} stopped coming (they used to spend ≈{risk} a year)</source>
        <translation>会员总数 {total:,} · 新会员 {new:,} · 活跃会员 {active:,} · 流失会员 {lapsed:,} · 净销售额 {net}（销售总额 {gross} 减退款总额 {refunds}）· 净消费前 20% 的会员贡献了其中的 {share:.1%} · 本期新流失 {churned:,} 位会员（他们过去每年共消费约 {risk}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="484"/>
        <source>%1: %Ln member(s)</source>
        <translation>
            <numerusform>%1：%Ln 位会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="246"/>
        <source>RFM segments (click a bar for its members)</source>
        <translation>RFM 分群（点击柱形查看会员）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="297"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="339"/>
        <source>Reports are for supervisors and the manager.</source>
        <translation>报表仅供主管和店长查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="379"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="519"/>
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
<context>
    <name>ShiftReport</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="24"/>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="25"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="27"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="30"/>
        <source>Stored value in/out</source>
        <translation>储值充入/退出</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="32"/>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="34"/>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="35"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="45"/>
        <source>Shift report {no}</source>
        <translation>交班表 {no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="46"/>
        <source>Till: {till}</source>
        <translation>收银台：{till}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="48"/>
        <source>Opened {when} by {name}</source>
        <translation>开班 {when} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="53"/>
        <source>Closed {when} by {name}</source>
        <translation>交班 {when} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="63"/>
        <source>Why the cash differs: {reason}</source>
        <translation>现金差额原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="68"/>
        <source>Float left for the next shift</source>
        <translation>留给下一班的备用金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="72"/>
        <source>Signed: ____________</source>
        <translation>签字：____________</translation>
    </message>
</context>
<context>
    <name>Thermal</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/thermal.py" line="203"/>
        <source>Please check the receipt and the amount.</source>
        <translation>请核对小票和金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/thermal.py" line="208"/>
        <source>Copy (reprinted)</source>
        <translation>补打小票（副本）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/thermal.py" line="225"/>
        <source>Printer test page</source>
        <translation>打印机测试页</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/thermal.py" line="227"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/thermal.py" line="230"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
</TS>
