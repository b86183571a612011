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
        <location filename="../../desktop/memberdesk/reports/membership.py" line="62"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="67"/>
        <source>Membership report</source>
        <translation>会员分析报告</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="70"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="100"/>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="102"/>
        <source>Members in all</source>
        <translation>会员总数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="103"/>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="105"/>
        <source>Active members (bought in the period)</source>
        <translation>活跃会员（期内有消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="109"/>
        <source>Lapsed members (no visit for {days} days)</source>
        <translation>流失会员（{days} 天未到店）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="384"/>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="135"/>
        <source>Suggestions received</source>
        <translation>收到的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="118"/>
        <source>Refunds</source>
        <translation>退款总额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="124"/>
        <source>Churn rate a year (typical: {low:.0%}–{high:.0%})</source>
        <translation>年顾客流失率（一般公司：{low:.0%}–{high:.0%}）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="130"/>
        <source>Revenue at risk (what the lost bought in their last year)</source>
        <translation>流失带走的消费额（本期流失的会员最后一年的消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="141"/>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="206"/>
        <source>Number of members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="142"/>
        <source>Where members came from</source>
        <translation>会员从哪里来（顾客开发途径）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="146"/>
        <source>Partner promotions</source>
        <translation>联合促销伙伴</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="153"/>
        <source>Members who referred most</source>
        <translation>介绍新会员最多的老会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="154"/>
        <source>Referred</source>
        <translation>介绍人数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="167"/>
        <source>Tier distribution</source>
        <translation>会员等级分布</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="180"/>
        <source>top 20% → {share:.0%}</source>
        <translation>前 20% → {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="182"/>
        <source>The 80/20 view</source>
        <translation>二八法则</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="197"/>
        <source>RFM segments (recency, frequency, monetary value)</source>
        <translation>RFM 分群（最近消费、消费频次、消费金额）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="205"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="215"/>
        <source>Members who stopped coming</source>
        <translation>顾客流失</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="218"/>
        <source>Of the {base:,} members who bought in the {days} days before the period, {lost:,} bought nothing in the {days} days before its end: {kept:.0%} stayed. That is a churn rate of {rate:.0%} a year; the training material says a typical store loses {low:.0%}–{high:.0%} of its customers a year.</source>
        <translation>本期开始前 {days} 天内有购买的会员共 {base:,} 位，其中 {lost:,} 位在本期结束前 {days} 天内没有再购买：顾客保留率 {kept:.0%}，折合年顾客流失率 {rate:.0%}。培训资料说：一个公司平均每年流失 {low:.0%}–{high:.0%} 的顾客。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="237"/>
        <source>No member bought in the {days} days before the period, so there is no churn rate to show (the training material says a typical store loses {low:.0%}–{high:.0%} of its customers a year).</source>
        <translation>本期开始前 {days} 天内没有会员购买，无法计算顾客流失率（培训资料说：一个公司平均每年流失 {low:.0%}–{high:.0%} 的顾客）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="245"/>
        <source>Revenue at risk: in the year up to their last purchase the {lost:,} members lost bought {risk}. Rule of thumb from the training material (1:8): winning a new customer costs about 8 times as much as keeping one, so replacing them costs as much as keeping {keep:,} members.</source>
        <translation>流失带走的消费额：这 {lost:,} 位本期流失的会员在最后一次购买前一年内共消费 {risk}。培训资料的经验法则（1:8）：获得一位新顾客的成本约是维护一位老顾客的 8 倍，补回他们的花费相当于维护 {keep:,} 位老会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="271"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="274"/>
        <source>Likely why (last complaint or return)</source>
        <translation>可能原因（最近的投诉或退货）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="324"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="326"/>
        <source>Each campaign held a random share of its members out as a control group; the lift is how many more of those who got it bought in its window (95 % range: Welch).</source>
        <translation>每个活动随机留出一部分会员作对照组；提升即收到活动的会员在统计期内购买的比例比对照组高多少（95% 区间：Welch 法）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="339"/>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="343"/>
        <source>too few to tell</source>
        <translation>人数太少，无法判断</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="358"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="359"/>
        <source>Window</source>
        <translation>统计期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="360"/>
        <source>Sent / control</source>
        <translation>发送 / 对照</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="361"/>
        <source>Bought: sent / control</source>
        <translation>购买占比：发送 / 对照</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="362"/>
        <source>Lift</source>
        <translation>提升</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="363"/>
        <source>95 % range</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="364"/>
        <source>Revenue per member, lift</source>
        <translation>人均消费额提升</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="382"/>
        <source>Returns and refunds</source>
        <translation>退货分析</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="380"/>
        <source>Return type</source>
        <translation>退货类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="115"/>
        <source>Gross sales (before refunds)</source>
        <translation>销售总额（未扣退款）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="120"/>
        <source>Net sales (gross sales less refunds)</source>
        <translation>净销售额（销售总额减退款总额）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="162"/>
        <source>Staff who referred new members</source>
        <translation>介绍新会员的员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="175"/>
        <source>Of the {active:,} active members, {buyers:,} spent more than they had refunded in the period; the top 20% of them brought {share:.1%} of their net spend.</source>
        <translation>{active:,} 位活跃会员中，{buyers:,} 位期内的消费多于退款；其中前 20% 贡献了这些会员净消费的 {share:.1%}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="207"/>
        <source>Their net spend in the period</source>
        <translation>期内净消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="381"/>
        <source>Returns made</source>
        <translation>退货笔数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="390"/>
        <source>Main reasons for returns</source>
        <translation>主要退货原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="397"/>
        <source>Complaints made</source>
        <translation>投诉件数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="398"/>
        <source>Complaints and suggestions</source>
        <translation>投诉与建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="401"/>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="407"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="413"/>
        <source>{n} of them have been resolved (now {statuses}); median time to resolve {median} h, 90% within {p90} h.</source>
        <translation>其中 {n} 件已得到解决（现为{statuses}）；解决用时中位数 {median} 小时，90% 在 {p90} 小时内。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="477"/>
        <source>Done (skipped ones included)</source>
        <translation>已完成（含跳过）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="439"/>
        <source>Suggestions received in the period: {n}.</source>
        <translation>本期收到顾客建议 {n} 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="272"/>
        <source>Last purchase</source>
        <translation>最后购买</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="273"/>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="303"/>
        <source>Bought in their last year</source>
        <translation>流失前一年消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="292"/>
        <source>Dear member</source>
        <translation>尊敬的会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="297"/>
        <source>Winning them back: the likely cause and what we send</source>
        <translation>挽回流失顾客：可能原因和发送的短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="301"/>
        <source>Likely cause</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="302"/>
        <source>Members lost</source>
        <translation>流失人数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="304"/>
        <source>Text message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="431"/>
        <source>Rule of thumb from the training material (1:5): an unhappy customer tells about 5 others, so the {n:,} complaints of the period may have reached about {people:,} people.</source>
        <translation>培训资料的经验法则（1:5）：一个不满意的客户平均要影响 5 个人，本期 {n:,} 起投诉可能已影响约 {people:,} 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="447"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="448"/>
        <source>Ratings</source>
        <translation>评价次数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="450"/>
        <source>Satisfaction (perceived / expected)</source>
        <translation>顾客满意度（满意度 = 感受值 / 期望值）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="455"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="456"/>
        <source>Expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="457"/>
        <source>Perceived</source>
        <translation>感受值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="466"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="472"/>
        <source>Customer care</source>
        <translation>顾客关怀</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="475"/>
        <source>Kind</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/membership.py" line="476"/>
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
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="30"/>
        <source>Gift card slip {no}</source>
        <translation>礼品卡凭条 {no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="34"/>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="37"/>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="35"/>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="37"/>
        <source>The card holds</source>
        <translation>卡内余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="45"/>
        <source>Show this code at the till to pay.</source>
        <translation>结账时出示此码即可付款。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="46"/>
        <source>Whoever holds the code can spend the card.</source>
        <translation>持码即可消费，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/gift_card_slip.py" line="47"/>
        <source>A gift card is not paid back in cash.</source>
        <translation>礼品卡余额不兑换现金。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="38"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="39"/>
        <source>Exchange credit</source>
        <translation>换货抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="70"/>
        <source>Staff</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="75"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="85"/>
        <source>Item discount</source>
        <translation>单品优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="90"/>
        <source>Goods</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="92"/>
        <source>Item discounts</source>
        <translation>单品优惠合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="94"/>
        <source>Member price</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="96"/>
        <source>Coupon {name}</source>
        <translation>优惠券 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="99"/>
        <source>Sale discount</source>
        <translation>整单优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="101"/>
        <source>{points} points redeemed</source>
        <translation>{points} 积分抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="105"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="60"/>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="112"/>
        <source>Cash tendered</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="61"/>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="113"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="123"/>
        <source>Gift card {code} balance</source>
        <translation>礼品卡 {code} 余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="126"/>
        <source>Stored-value balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="129"/>
        <source>principal {principal} + bonus {bonus}</source>
        <translation>本金 {principal} + 赠送 {bonus}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="139"/>
        <source>Points earned</source>
        <translation>本次积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="141"/>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="143"/>
        <source>Points owed</source>
        <translation>尚欠积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="151"/>
        <source>Receipt {no}</source>
        <translation>小票号：{no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="159"/>
        <source>Invoices are issued at: {desk}</source>
        <translation>发票请到{desk}开具</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="161"/>
        <source>Please check your receipt.</source>
        <translation>请核对小票，谢谢惠顾。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="170"/>
        <source>Redeemed points given back</source>
        <translation>退还抵扣积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="173"/>
        <source>Earned points taken back</source>
        <translation>扣回所得积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="176"/>
        <source>Points owed, paid off from the next points earned</source>
        <translation>尚欠积分（从以后所得积分中扣除）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="185"/>
        <source>Return slip {no}</source>
        <translation>退货单号：{no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="187"/>
        <source>without a receipt</source>
        <translation>无小票</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="34"/>
        <source>Goods given back</source>
        <translation>退回商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="38"/>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="51"/>
        <source>Given back</source>
        <translation>退回金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="43"/>
        <source>Goods taken</source>
        <translation>换取商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="46"/>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="52"/>
        <source>Taken</source>
        <translation>换取金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="56"/>
        <source>Difference paid</source>
        <translation>补差价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="63"/>
        <source>Difference refunded</source>
        <translation>退差价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="70"/>
        <source>Even exchange: no money changed hands.</source>
        <translation>等价换货，无需补退差价。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="83"/>
        <source>Exchange slip {no}</source>
        <translation>换货单号：{no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="87"/>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="188"/>
        <source>For receipt {no}</source>
        <translation>原小票号：{no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="90"/>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="191"/>
        <source>Approved by {name}</source>
        <translation>审批人：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="91"/>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="192"/>
        <source>Why: {kind} · {reason}</source>
        <translation>退货原因：{kind} · {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="96"/>
        <source>Please keep this exchange slip.</source>
        <translation>请妥善保管本换货单。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="198"/>
        <source>Refund</source>
        <translation>退款合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/exchange_slip.py" line="64"/>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="199"/>
        <source>to {method}</source>
        <translation>退回{method}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="206"/>
        <source>Coupon {names} was used on this sale: the refund is net of it, and it is not given back.</source>
        <translation>本单使用了优惠券 {names}：退款已扣除其优惠，优惠券不退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/receipt.py" line="212"/>
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
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="28"/>
        <source>{percent}% off</source>
        <translation>{percent}% 折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="30"/>
        <source>(at most {cap})</source>
        <translation>（最多减 {cap}）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="32"/>
        <source>{amount} off</source>
        <translation>立减 {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="38"/>
        <source>Coupon slip</source>
        <translation>优惠券凭条</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="42"/>
        <source>On a spend of {amount} or more</source>
        <translation>满 {amount} 可用</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="44"/>
        <source>Valid from {start} to {end}</source>
        <translation>有效期：{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="46"/>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="54"/>
        <source>For: {categories}</source>
        <translation>适用品类：{categories}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="57"/>
        <source>Not used together with another coupon.</source>
        <translation>不可与其他优惠券同时使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="59"/>
        <source>Used once, on one sale; not paid out in cash.</source>
        <translation>限用一次，仅限一笔消费；不兑换现金。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/coupon_slip.py" line="60"/>
        <source>Show this code at the till.</source>
        <translation>结账时请出示此券码。</translation>
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
        <location filename="../../desktop/memberdesk/reports/wording.py" line="49"/>
        <source>Word of mouth</source>
        <translation>口碑</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="50"/>
        <source>Partner promotion</source>
        <translation>联合促销</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="52"/>
        <source>Member referral</source>
        <translation>老会员介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="53"/>
        <source>Target group</source>
        <translation>特别客群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="55"/>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="93"/>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="102"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="58"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="59"/>
        <source>Mobile operator</source>
        <translation>移动运营商</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="61"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="62"/>
        <source>Other partner</source>
        <translation>其他合作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="65"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="66"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="67"/>
        <source>Teachers</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="68"/>
        <source>Partner business</source>
        <translation>合作企业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="69"/>
        <source>Families</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="72"/>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="73"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="74"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="75"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="78"/>
        <source>Important value</source>
        <translation>重要价值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="79"/>
        <source>Important to develop</source>
        <translation>重要发展</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="80"/>
        <source>Important to keep</source>
        <translation>重要保持</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="81"/>
        <source>Important to win back</source>
        <translation>重要挽留</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="82"/>
        <source>General value</source>
        <translation>一般价值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="83"/>
        <source>General to develop</source>
        <translation>一般发展</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="84"/>
        <source>General to keep</source>
        <translation>一般保持</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="85"/>
        <source>General to win back</source>
        <translation>一般挽留</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="88"/>
        <source>Quality defect</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="89"/>
        <source>Size / fit</source>
        <translation>尺码不合适</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="90"/>
        <source>Colour / style</source>
        <translation>颜色 / 款式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="91"/>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="92"/>
        <source>Damaged in transit</source>
        <translation>运输损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="96"/>
        <source>Product quality</source>
        <translation>商品质量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="97"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="99"/>
        <source>Store environment</source>
        <translation>购物环境</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="100"/>
        <source>Waiting</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="101"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="105"/>
        <source>Promotion gap</source>
        <translation>促销差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="106"/>
        <source>Understanding gap</source>
        <translation>理解差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="107"/>
        <source>Procedure gap</source>
        <translation>程序差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="108"/>
        <source>Behaviour gap</source>
        <translation>行为差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="109"/>
        <source>Perception gap</source>
        <translation>感受差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="112"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="113"/>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="114"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="115"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="116"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="119"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="120"/>
        <source>Child&apos;s birthday</source>
        <translation>子女生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="121"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="122"/>
        <source>Member event</source>
        <translation>会员活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="123"/>
        <source>After-sales due</source>
        <translation>售后到期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="125"/>
        <source>Apology</source>
        <translation>投诉致歉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="126"/>
        <source>Supervisor call</source>
        <translation>主管回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="129"/>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="590"/>
        <source>A complaint not put right</source>
        <translation>投诉没处理好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="130"/>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="591"/>
        <source>A return</source>
        <translation>有过退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="131"/>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="592"/>
        <source>Came less and less</source>
        <translation>到店越来越少</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="132"/>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="593"/>
        <source>Not known (moved away?)</source>
        <translation>原因不明（搬家？）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="135"/>
        <source>Tops</source>
        <translation>上装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="136"/>
        <source>Bottoms</source>
        <translation>下装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="137"/>
        <source>Dresses</source>
        <translation>裙装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="138"/>
        <source>Shoes</source>
        <translation>鞋</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="139"/>
        <source>Bra</source>
        <translation>内衣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="140"/>
        <source>Children&apos;s</source>
        <translation>童装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="143"/>
        <source>Purchase</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="144"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="145"/>
        <source>Points redeemed</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="146"/>
        <source>Birthday gift</source>
        <translation>生日赠送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="147"/>
        <source>Adjusted by hand</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="148"/>
        <source>Sale voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="149"/>
        <source>Points expired</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="150"/>
        <source>Referral reward</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="153"/>
        <source>Marketing messages</source>
        <translation>接收营销信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="154"/>
        <source>Sensitive personal information</source>
        <translation>敏感个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="163"/>
        <source>Promised</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="165"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="177"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="178"/>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="179"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="157"/>
        <source>Alteration</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="51"/>
        <source>Staff referral / group-buy card</source>
        <translation>员工介绍 / 团购卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="54"/>
        <source>Walked in</source>
        <translation>自然到店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="60"/>
        <source>Gym</source>
        <translation>健身房</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="98"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="124"/>
        <source>★ Points expiring</source>
        <translation>★ 积分将过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="158"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="159"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="160"/>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="164"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="166"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="169"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="170"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/wording.py" line="171"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="222"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="223"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="224"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="225"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="226"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="227"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="228"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="235"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="238"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="241"/>
        <source>Who stopped coming</source>
        <translation>本期谁流失了</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="243"/>
        <source>The members lost in the period, with their likely causes</source>
        <translation>本期流失的会员及其可能原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="246"/>
        <source>Stored-value liability…</source>
        <translation>储值负债…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="249"/>
        <source>Staff scorecard…</source>
        <translation>员工考核表…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="254"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="262"/>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="263"/>
        <source>New members by channel</source>
        <translation>新会员来源途径</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="264"/>
        <source>80/20: share of net spend by share of members</source>
        <translation>二八法则：会员占比与净消费占比</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="456"/>
        <source>Members in all {total:,} · new members {new:,} · computing the rest…</source>
        <translation>会员总数 {total:,} · 新会员 {new:,} · 正在计算其他数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="478"/>
        <source>Members in all {total:,} · new members {new:,} · active members {active:,} · lapsed members {lapsed:,} · net sales {net} (gross sales {gross} less refunds {refunds}) · the top 20% of members by net spend bring {share:.1%} of it · stopped coming: {churned:,} of the members active at the start ({base:,}), churn {rate} a year (typical: {low:.0%}–{high:.0%}); in their last year they bought {risk}</source>
        <translation>会员总数 {total:,} · 新会员 {new:,} · 活跃会员 {active:,} · 流失会员 {lapsed:,} · 净销售额 {net}（销售总额 {gross} 减退款总额 {refunds}）· 净消费前 20% 的会员贡献了其中的 {share:.1%} · 期初仍在购买的会员 {base:,} 位，本期流失的会员 {churned:,} 位：年顾客流失率 {rate}（一般公司：{low:.0%}–{high:.0%}），他们流失前一年共消费 {risk}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="516"/>
        <source>%1: %Ln member(s)</source>
        <translation>
            <numerusform>%1：%Ln 位会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="265"/>
        <source>RFM segments (click a bar for its members)</source>
        <translation>RFM 分群（点击柱形查看会员）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="322"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="365"/>
        <source>Reports are for supervisors and the manager.</source>
        <translation>报表仅供主管和店长查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="405"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="526"/>
        <source>{cause} {count:,}</source>
        <translation>{cause} {count:,}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="531"/>
        <source>Stopped coming: %n member(s)</source>
        <translation>
            <numerusform>本期流失：%n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="532"/>
        <source> — likely causes: </source>
        <translation> — 可能原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="573"/>
        <source>Membership report</source>
        <translation>会员分析报告</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="51"/>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="153"/>
        <source>Staff scorecard</source>
        <translation>员工考核表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="55"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="56"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="57"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="58"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="59"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="60"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="80"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="83"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="86"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="89"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="139"/>
        <source>{start} to {end}: bonus for all staff {bonus}.</source>
        <translation>{start} 至 {end}：全体员工奖金合计 {bonus}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_dialog.py" line="141"/>
        <source>{start} to {end}: your own figures; your bonus {bonus}.</source>
        <translation>{start} 至 {end}：仅显示您本人的数据；您的奖金 {bonus}。</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="45"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="46"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="47"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="48"/>
        <source>Sales target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="49"/>
        <source>Member share</source>
        <translation>会员占比</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="53"/>
        <source>Care done</source>
        <translation>关怀完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="57"/>
        <source>Complaints</source>
        <translation>被投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="58"/>
        <source>On time</source>
        <translation>按时处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="50"/>
        <source>Enrolled</source>
        <translation>办卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="51"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="52"/>
        <source>Referred</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="54"/>
        <source>Workflows</source>
        <translation>服务流程</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="55"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="56"/>
        <source>Needed</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/scorecard_model.py" line="59"/>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
</context>
<context>
    <name>SegmentMembersModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="101"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="102"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="103"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="104"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="105"/>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/reports/reports_page.py" line="106"/>
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
        <location filename="../../desktop/memberdesk/reports/shift.py" line="31"/>
        <source>Top-ups and gift cards</source>
        <translation>充值及礼品卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="35"/>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="37"/>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="38"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="48"/>
        <source>Shift report {no}</source>
        <translation>交班表 {no}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="49"/>
        <source>Till: {till}</source>
        <translation>收银台：{till}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="51"/>
        <source>Opened {when} by {name}</source>
        <translation>开班 {when} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="56"/>
        <source>Closed {when} by {name}</source>
        <translation>交班 {when} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="66"/>
        <source>Why the cash differs: {reason}</source>
        <translation>现金差额原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="71"/>
        <source>Float left for the next shift</source>
        <translation>留给下一班的备用金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/shift.py" line="75"/>
        <source>Signed: ____________</source>
        <translation>签字：____________</translation>
    </message>
</context>
<context>
    <name>StaffScorecard</name>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="24"/>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="25"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="26"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="56"/>
        <source>Staff scorecard</source>
        <translation>员工考核表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="63"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="71"/>
        <source>No staff to show.</source>
        <translation>没有可显示的员工。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="91"/>
        <source>Sales and members</source>
        <translation>销售与会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="93"/>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="121"/>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="147"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="94"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="95"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="96"/>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="99"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="97"/>
        <source>Members&apos; share</source>
        <translation>会员占比</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="98"/>
        <source>Enrolled</source>
        <translation>办卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="100"/>
        <source>Referred</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="119"/>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="122"/>
        <source>Care tasks done</source>
        <translation>关怀完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="123"/>
        <source>Workflows completed</source>
        <translation>完成服务流程</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="124"/>
        <source>Satisfaction (ratings)</source>
        <translation>满意度（评价数）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="125"/>
        <source>Needed</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="126"/>
        <source>Complaints about them</source>
        <translation>被投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="127"/>
        <source>Resolved on time</source>
        <translation>按时处理投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="145"/>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="148"/>
        <source>Enrolments</source>
        <translation>办卡奖金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="149"/>
        <source>Referrals</source>
        <translation>推荐奖金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="150"/>
        <source>Sales bonus</source>
        <translation>销售奖金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="151"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="156"/>
        <source>All staff</source>
        <translation>全体员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="173"/>
        <source>¥0.00 (target not reached)</source>
        <translation>¥0.00（未完成目标）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="175"/>
        <source>¥0.00 (satisfaction too low)</source>
        <translation>¥0.00（满意度未达门槛）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="185"/>
        <source>How the bonus is computed</source>
        <translation>奖金计算方法</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="189"/>
        <source>{role}: no targets or bonuses set.</source>
        <translation>{role}：未设目标和奖金。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="193"/>
        <source>{role}: {enrolment} per member enrolled, {referral} per new member referred; a sales bonus of {bonus} when a month&apos;s sales reach {target} and satisfaction reaches {needed}.</source>
        <translation>{role}：每办一名会员 {enrolment}，每推荐一名新会员 {referral}；月销售额达到 {target} 且满意度达到 {needed} 时，发销售奖金 {bonus}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="210"/>
        <source>Targets are monthly: a period of whole months has them times the months, any other period the monthly target × days ÷ 30.</source>
        <translation>目标按月设定：整月期间按月数累计，其他期间按月目标 × 天数 ÷ 30 计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="215"/>
        <source>Sales are those rung up in the period, voided sales left out. Satisfaction is the customers&apos; perceived value over their expected value (满意度 = 感受值 / 期望值); with a threshold set, a period without ratings earns no sales bonus.</source>
        <translation>销售额为本期间内收银的销售，作废的销售不计。满意度 = 感受值 / 期望值；设了门槛而本期没有顾客评价的，不发销售奖金。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/reports/scorecard.py" line="221"/>
        <source>Complaints about them: about a sale or return they served. Resolved on time: by the complaint rules&apos; time to resolve.</source>
        <translation>被投诉：针对其经手的销售或退货的投诉。按时处理：在投诉规则规定的处理时限内解决。</translation>
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
