<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CouponTemplatesSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="61"/>
        <source>Coupons (优惠券)</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="67"/>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="107"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="68"/>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="112"/>
        <source>Takes off</source>
        <translation>优惠方式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="69"/>
        <source>Minimum spend</source>
        <translation>使用门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="70"/>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="142"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="71"/>
        <source>Goods</source>
        <translation>适用商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="72"/>
        <source>Tiers</source>
        <translation>适用等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="73"/>
        <source>Stackable</source>
        <translation>可叠加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="74"/>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="162"/>
        <source>Given out by</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="75"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="96"/>
        <source>Retire the chosen coupon</source>
        <translation>停用选中的优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="100"/>
        <source>A new coupon</source>
        <translation>新建优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="106"/>
        <source>e.g. 满200减30</source>
        <translation>例如：满200减30</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="109"/>
        <source>An amount off</source>
        <translation>满减（减金额）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="110"/>
        <source>A percentage off, up to a cap</source>
        <translation>折扣（按比例，可设封顶）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="114"/>
        <source>Amount off (yuan)</source>
        <translation>减（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="117"/>
        <source>no cap</source>
        <translation>不封顶</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="120"/>
        <source>% off, at most (yuan)</source>
        <translation>%，封顶（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="123"/>
        <source>Percentage off</source>
        <translation>折扣比例</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="125"/>
        <source>none</source>
        <translation>无门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="126"/>
        <source>Minimum spend (yuan)</source>
        <translation>满（元）可用</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="137"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="149"/>
        <source>Goods (none ticked: all)</source>
        <translation>适用商品（不勾选为全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="156"/>
        <source>Tiers (none ticked: every tier)</source>
        <translation>适用等级（不勾选为全部等级）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="157"/>
        <source>May be used together with other coupons</source>
        <translation>可与其他优惠券叠加使用</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="169"/>
        <source>Add the coupon</source>
        <translation>添加优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="249"/>
        <source>%1 % off, at most %2</source>
        <translation>减 %1%，封顶 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="252"/>
        <source>%1 % off</source>
        <translation>减 %1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="254"/>
        <source>%n day(s) from issue</source>
        <translation>
            <numerusform>发放后 %n 天内有效</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="258"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="266"/>
        <source>All</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="267"/>
        <source>Every tier</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="128"/>
        <source>Days from the day it is given</source>
        <translation>自发放日起按天数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="129"/>
        <source>Between two dates</source>
        <translation>固定起止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="264"/>
        <source>None</source>
        <translation>无门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="268"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="268"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="270"/>
        <source>Active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="270"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="293"/>
        <source>The percentage off is a whole number from 1 to 90.</source>
        <translation>折扣比例须为 1 至 90 之间的整数（例如九折填 10）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="295"/>
        <source>The amount off is between ¥0.01 and ¥100,000.00.</source>
        <translation>减免金额须在 ¥0.01 至 ¥100,000.00 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="297"/>
        <source>The cap is at most ¥100,000.00; leave it empty for no cap.</source>
        <translation>封顶金额最多 ¥100,000.00；不封顶请留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="299"/>
        <source>The minimum spend is at most ¥1,000,000.00.</source>
        <translation>使用门槛最多 ¥1,000,000.00。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="301"/>
        <source>A coupon is valid for 1 to 3,650 days.</source>
        <translation>优惠券有效期为 1 至 3,650 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="370"/>
        <source>Coupon “%1” added.</source>
        <translation>优惠券“%1”已添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="377"/>
        <source>Retire the coupon</source>
        <translation>停用优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="378"/>
        <source>Retire “%1”? No more will be given out, and this cannot be undone; those already given stay valid.</source>
        <translation>停用“%1”吗？停用后不再发放，且无法恢复；已发出的在有效期内仍可使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/coupon_templates.py" line="401"/>
        <source>Coupon “%1” retired: no more are given out; those given stay valid.</source>
        <translation>优惠券“%1”已停用：不再发放；已发出的在有效期内仍可使用。</translation>
    </message>
</context>
<context>
    <name>CouponsDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="140"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="143"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="143"/>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="143"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="146"/>
        <source>%n coupon(s) usable today</source>
        <translation>
            <numerusform>今天可用 %n 张</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="14"/>
        <source>Only a supervisor or a manager resets a member&apos;s PIN.</source>
        <translation>只有主管或店长可以重置会员的支付密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="15"/>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="14"/>
        <source>Only a supervisor or a manager adjusts points.</source>
        <translation>只有主管或店长可以调整积分。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="17"/>
        <source>Only a manager approves a withdrawal.</source>
        <translation>提现须由店长批准。</translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="42"/>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="47"/>
        <source>yuan, e.g. 500</source>
        <translation>元，例如 500</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="54"/>
        <source>scan a physical card, or leave empty for a new code</source>
        <translation>扫描实体卡，留空则生成新卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="55"/>
        <source>Sell a card</source>
        <translation>售卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="58"/>
        <source>&amp;Amount paid</source>
        <translation>收款金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="59"/>
        <source>Paid &amp;by</source>
        <translation>付款方式(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="60"/>
        <source>Card &amp;code</source>
        <translation>卡号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="71"/>
        <source>scan or type a card&apos;s code</source>
        <translation>扫描或输入卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="72"/>
        <source>C&amp;heck balance</source>
        <translation>查余额(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="75"/>
        <source>Check a card</source>
        <translation>查询礼品卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="85"/>
        <source>&amp;Sell card</source>
        <translation>售卡(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="87"/>
        <source>Slip again</source>
        <translation>重开凭条</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="90"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="141"/>
        <source>Sold: card %1 holds %2 (slip %3).</source>
        <translation>已售出：礼品卡 %1 余额 %2（凭条 %3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="160"/>
        <source>Card %1 holds %2 (sold %3).</source>
        <translation>礼品卡 %1 余额 %2（%3 售出）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/gift_card_dialog.py" line="185"/>
        <source>Gift card slip</source>
        <translation>礼品卡凭条</translation>
    </message>
</context>
<context>
    <name>MemberPinDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="32"/>
        <source>Member&apos;s PIN</source>
        <translation>支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="39"/>
        <source>The member types the PIN themselves; it is asked when the balance pays at the till.</source>
        <translation>密码由会员本人输入；用储值付款时收银台会要求输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="44"/>
        <source>Old PIN (empty if forgotten)</source>
        <translation>原密码（忘记则留空）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="45"/>
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="46"/>
        <source>New PIN again</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="49"/>
        <source>Supervisor (forgotten PIN)</source>
        <translation>主管（忘记密码时）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="50"/>
        <source>Supervisor&apos;s PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="51"/>
        <source>Change PIN</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="51"/>
        <source>Set PIN</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/pin_dialog.py" line="70"/>
        <source>The member&apos;s PIN is set.</source>
        <translation>会员的支付密码已设置。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="19"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="20"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="21"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="22"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="23"/>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="24"/>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="25"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="26"/>
        <source>Exchange credit</source>
        <translation>换货抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="32"/>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="33"/>
        <source>Spent on a sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="34"/>
        <source>Refund of a return</source>
        <translation>退货退回</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="35"/>
        <source>Voided sale given back</source>
        <translation>作废销售退回</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="36"/>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="37"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="43"/>
        <source>Sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="44"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="45"/>
        <source>Paid with points</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="46"/>
        <source>Birthday points</source>
        <translation>生日积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="47"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="48"/>
        <source>Voided sale</source>
        <translation>作废销售</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="49"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="50"/>
        <source>Referral</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="69"/>
        <source>Given by staff</source>
        <translation>店员手动发放</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="70"/>
        <source>Welcome (new member)</source>
        <translation>新人礼（入会）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="71"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="72"/>
        <source>Complaint compensation</source>
        <translation>投诉补偿</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="73"/>
        <source>Referral reward</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/labels.py" line="74"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/base.py" line="39"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MoneySettingsSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="43"/>
        <source>Member money: stored value and points expiry</source>
        <translation>会员资金：储值与积分过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="46"/>
        <source>The store takes stored value (储值)</source>
        <translation>本店开通储值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="49"/>
        <source>Smallest top-up (yuan)</source>
        <translation>最低充值（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="53"/>
        <source>Pay (yuan)</source>
        <translation>充值（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="54"/>
        <source>Get (yuan)</source>
        <translation>赠送（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="61"/>
        <source>Top-up bonus (充值送): the highest tier reached</source>
        <translation>充值送：按达到的最高档赠送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="64"/>
        <source>In proportion: principal and bonus together</source>
        <translation>按比例：本金与赠送一起扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="66"/>
        <source>Principal first, the bonus last</source>
        <translation>先扣本金，最后扣赠送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="67"/>
        <source>A sale spends</source>
        <translation>消费扣款顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="73"/>
        <source>The member types their PIN</source>
        <translation>会员输入支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="74"/>
        <source>The member&apos;s card is scanned</source>
        <translation>扫会员卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="75"/>
        <source>Before the balance pays</source>
        <translation>储值付款前</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="77"/>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="79"/>
        <source>At the end of the year after they were earned</source>
        <translation>获得后次年年底过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="82"/>
        <source>A number of months after they were earned</source>
        <translation>获得后若干个月过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="86"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="91"/>
        <source>Points expire</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="92"/>
        <source>Preview the next expiry</source>
        <translation>预览下次过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="102"/>
        <source>Save member money rules</source>
        <translation>保存会员资金规则</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="123"/>
        <source>The store has chosen: principal and bonus in proportion to the balance.</source>
        <translation>本店规则：按余额比例同时扣本金和赠送。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="125"/>
        <source>The store has chosen: the principal first, the bonus only when it runs out.</source>
        <translation>本店规则：先扣本金，本金用完才扣赠送。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="166"/>
        <source>Each bonus tier pays between ¥0.01 and ¥100,000.00 and gives at most what is paid; no two tiers pay the same.</source>
        <translation>每档充值金额在 ¥0.01 至 ¥100,000.00 之间，赠送不超过充值金额，且各档充值金额不能相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="170"/>
        <source>The smallest top-up is between ¥0.01 and ¥100,000.00.</source>
        <translation>最低充值须在 ¥0.01 至 ¥100,000.00 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="188"/>
        <source>Member money rules saved.</source>
        <translation>会员资金规则已保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/money/settings.py" line="201"/>
        <source>At the end of today %1 points of %n member(s) would expire.</source>
        <translation>
            <numerusform>今天结束时将有 %n 位会员的 %1 积分过期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsAdjustDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="25"/>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="42"/>
        <source>Adjust points</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="29"/>
        <source>e.g. +200 or -50</source>
        <translation>例如 +200 或 -50</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="34"/>
        <source>Points now</source>
        <translation>现有积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="35"/>
        <source>Add or take</source>
        <translation>增加或扣减</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="36"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="40"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="41"/>
        <source>Supervisor&apos;s PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/points_adjust.py" line="54"/>
        <source>Points adjusted for %1.</source>
        <translation>已为%1调整积分。</translation>
    </message>
</context>
<context>
    <name>PointsHistoryDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="67"/>
        <source>Points history</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="70"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="70"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="70"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="70"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="70"/>
        <source>Document</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="71"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="71"/>
        <source>Done by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="78"/>
        <source> (owed %1)</source>
        <translation>（欠分 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="80"/>
        <source> (owes %1)</source>
        <translation>（欠 %1 分）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="96"/>
        <source>%n entry(ies); balance %1</source>
        <translation>
            <numerusform>共 %n 笔；余额 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopupDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="31"/>
        <source>Top up stored value</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="37"/>
        <source>yuan, e.g. 1000</source>
        <translation>元，例如 1000</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="46"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="47"/>
        <source>pay %1 get %2</source>
        <translation>充 %1 送 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="52"/>
        <source>The store gives no top-up bonus.</source>
        <translation>本店充值不送。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="54"/>
        <source>Balance now</source>
        <translation>现有余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="55"/>
        <source>Amount paid</source>
        <translation>充值金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="56"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="57"/>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="58"/>
        <source>Store&apos;s offer</source>
        <translation>本店活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="59"/>
        <source>Take top-up</source>
        <translation>确认充值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="66"/>
        <source> (bonus %1)</source>
        <translation>（含赠送 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="82"/>
        <source>%1: the balance grows by %2</source>
        <translation>赠送 %1，余额增加 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="93"/>
        <source>Top-up %1: paid %2, bonus %3, balance %4.</source>
        <translation>充值单 %1：实收 %2，赠送 %3，余额 %4。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/topup_dialog.py" line="120"/>
        <source>Top-up slip</source>
        <translation>充值凭条</translation>
    </message>
</context>
<context>
    <name>WalletHistoryDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="104"/>
        <source>Stored-value history</source>
        <translation>余额明细</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="107"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="107"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="107"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="107"/>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="107"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="108"/>
        <source>Money</source>
        <translation>收付款</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="108"/>
        <source>Document</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="108"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="108"/>
        <source>Done by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="126"/>
        <source>Balance %1 (principal %2, bonus %3)</source>
        <translation>余额 %1（本金 %2，赠送 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="132"/>
        <source>The member has never topped up.</source>
        <translation>这位会员从未充值。</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="29"/>
        <source>Withdraw stored value</source>
        <translation>储值提现</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="32"/>
        <source>Principal %1, bonus %2</source>
        <translation>本金 %1，赠送 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="50"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="51"/>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="57"/>
        <source>Pay back</source>
        <translation>退还金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="52"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="53"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="54"/>
        <source>Bonus forfeited</source>
        <translation>作废的赠送金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="55"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="56"/>
        <source>Manager&apos;s PIN</source>
        <translation>店长密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="74"/>
        <source>Only the principal can be paid back: %1.</source>
        <translation>只能退还本金：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="82"/>
        <source>%1 of the bonus goes with it; %2 stays on the balance.</source>
        <translation>赠送金额中 %1 随之作废；余额剩 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/withdraw_dialog.py" line="98"/>
        <source>Withdrawal %1: paid back %2, bonus forfeited %3.</source>
        <translation>提现单 %1：退还 %2，作废赠送 %3。</translation>
    </message>
</context>
<context>
    <name>_ListDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/money/history_dialogs.py" line="29"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
