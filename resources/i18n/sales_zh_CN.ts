<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="49"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="50"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="51"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="52"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="53"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="54"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="55"/>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="64"/>
        <source>Only {left} of “{item}” can still be returned.</source>
        <translation>“{item}”最多还能退 {left} 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="316"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="78"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="99"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="101"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="102"/>
        <source>Already returned</source>
        <translation>已退</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="103"/>
        <source>Return now</source>
        <translation>本次退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="120"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="83"/>
        <source>(the member&apos;s recent sales)</source>
        <translation>（会员最近的消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="90"/>
        <source>From history</source>
        <translation>从消费记录选择</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="92"/>
        <source>Scan or type the receipt number, then Enter</source>
        <translation>扫描或输入小票号，然后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="94"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="100"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="124"/>
        <source>What is wrong with it, in the customer&apos;s words</source>
        <translation>商品有什么问题（用顾客的原话）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="126"/>
        <source>(choose who approves)</source>
        <translation>（请选择审批主管）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="132"/>
        <source>Return type</source>
        <translation>退货类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="133"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="134"/>
        <source>Supervisor approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="135"/>
        <source>Supervisor PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="145"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="147"/>
        <source>Record return and refund</source>
        <translation>登记退货并退款</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="281"/>
        <source>Choose the supervisor who approves.</source>
        <translation>请选择审批的主管。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="319"/>
        <source>Recorded %1: refund %2 to the original payment methods.</source>
        <translation>已登记 %1：按原支付方式退款 %2。</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="77"/>
        <source>Record sale</source>
        <translation>收银</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="180"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="127"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="212"/>
        <source>Record sale (Ctrl+Enter)</source>
        <translation>确认收银（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="216"/>
        <source>Print receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="217"/>
        <source>Save receipt as PDF</source>
        <translation>小票另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="218"/>
        <source>Update sizes on file</source>
        <translation>更新档案尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="493"/>
        <source>Scan a product or describe the item.</source>
        <translation>请扫描商品或填写品名。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="23"/>
        <source>the service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="28"/>
        <source>Saved: receipt %1.</source>
        <translation>已保存：小票号 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="29"/>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="481"/>
        <source>Say to the customer: “That&apos;s %1 in all.”</source>
        <translation>请对顾客说：“一共 %1 元。”</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="88"/>
        <source>Enter: add · ↓: to the cart · Del or −: remove line · +: one more · Ctrl+Enter: record</source>
        <translation>回车：添加 · ↓：到购物清单 · Del 或 −：删除该行 · +：再加一件 · Ctrl+Enter：确认收银</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="117"/>
        <source>Scan barcode or type SKU (3*SKU for three)</source>
        <translation>扫描条码或输入货号（3*货号 表示三件）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="118"/>
        <source>Add (Enter)</source>
        <translation>添加（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="120"/>
        <source>&amp;Code</source>
        <translation>条码/货号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="126"/>
        <source>Item without a code</source>
        <translation>无条码商品的品名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="128"/>
        <source>Price, e.g. 128.50</source>
        <translation>单价，例如 128.50</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="130"/>
        <source>(category)</source>
        <translation>（类别）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="137"/>
        <source>Or &amp;item</source>
        <translation>或手输商品(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="172"/>
        <source>Items</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="173"/>
        <source>Discounts</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="174"/>
        <source>Points redeemed</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="175"/>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="178"/>
        <source>empty: all that is due</source>
        <translation>留空：收取全部应收</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="191"/>
        <source>Sale &amp;discount</source>
        <translation>整单优惠(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="192"/>
        <source>Pay &amp;by</source>
        <translation>支付方式(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="193"/>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="194"/>
        <source>&amp;Second payment</source>
        <translation>第二支付方式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="195"/>
        <source>Cash &amp;tendered</source>
        <translation>实收现金(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="198"/>
        <source>Redeem &amp;points</source>
        <translation>积分抵扣(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="203"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="204"/>
        <source>Paid by</source>
        <translation>支付明细</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="214"/>
        <source>Remove line (Del)</source>
        <translation>删除该行（Del）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="219"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="449"/>
        <source>Member %1 · %2 · points %3</source>
        <translation>会员 %1 · %2 · 积分 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="455"/>
        <source>Customer without membership</source>
        <translation>非会员顾客</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="460"/>
        <source>%1 points = %2</source>
        <translation>%1 积分 = %2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="469"/>
        <source>%1 still to pay</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="473"/>
        <source>%1 more than is due</source>
        <translation>多付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="476"/>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="35"/>
        <source>Give change: %1</source>
        <translation>请找零：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="40"/>
        <source>Please ask the customer to check the receipt.</source>
        <translation>请顾客核对小票。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="41"/>
        <source>Invoices (发票) are issued at: %1.</source>
        <translation>发票请到 %1 开具。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="45"/>
        <source>Points earned: %1</source>
        <translation>本次积分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="53"/>
        <source>Size on file for %1 is “%2”, bought “%3”: update?</source>
        <translation>%1 档案尺码为“%2”，本次购买“%3”：是否更新？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="576"/>
        <source>Save receipt</source>
        <translation>保存小票</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/labels.py" line="12"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/labels.py" line="13"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/labels.py" line="14"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/labels.py" line="15"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/labels.py" line="16"/>
        <source>Stored value</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/labels.py" line="17"/>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="57"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="52"/>
        <source>Quality defect</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="53"/>
        <source>Size / fit</source>
        <translation>尺码不合适</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="54"/>
        <source>Colour / style</source>
        <translation>颜色 / 款式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="55"/>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="56"/>
        <source>Damaged in transit</source>
        <translation>运输损坏</translation>
    </message>
</context>
<context>
    <name>SalesRulesSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="37"/>
        <source>Sales, points and returns</source>
        <translation>销售、积分与退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="46"/>
        <source>Spend per point (yuan)</source>
        <translation>每积 1 分消费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="47"/>
        <source>One point pays (fen)</source>
        <translation>1 积分抵（分）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="48"/>
        <source>Return window (days)</source>
        <translation>退货期限（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="49"/>
        <source>Refund limit without supervisor (yuan)</source>
        <translation>无需主管的退款上限（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="57"/>
        <source>Points multiplier: %1</source>
        <translation>积分倍率：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="64"/>
        <source>Birthday points: %1</source>
        <translation>生日积分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="68"/>
        <source>12-month spend for %1 (yuan)</source>
        <translation>%1 所需 12 个月消费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="73"/>
        <source>Save sales rules</source>
        <translation>保存销售规则</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="124"/>
        <source>Sales rules saved.</source>
        <translation>销售规则已保存。</translation>
    </message>
</context>
</TS>
