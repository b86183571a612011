<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_receipt.py" line="34"/>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_receipt.py" line="35"/>
        <source>Staff</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_receipt.py" line="36"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_receipt.py" line="37"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_receipt.py" line="38"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_receipt.py" line="39"/>
        <source>Points earned</source>
        <translation>本次积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_receipt.py" line="40"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_receipt.py" line="41"/>
        <source>Please check your receipt.</source>
        <translation>请核对小票，谢谢惠顾。</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="61"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="63"/>
        <source>Scan or type the receipt number</source>
        <translation>扫描或输入小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="67"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="67"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="67"/>
        <source>Already returned</source>
        <translation>已退</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="67"/>
        <source>Return now</source>
        <translation>本次退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="70"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="82"/>
        <source>(the member&apos;s recent sales)</source>
        <translation>（会员最近的消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="89"/>
        <source>From history</source>
        <translation>从消费记录选择</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="90"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="91"/>
        <source>Return type</source>
        <translation>退货类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="92"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="93"/>
        <source>Supervisor approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="95"/>
        <source>Supervisor PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="99"/>
        <source>Record return and refund</source>
        <translation>登记退货并退款</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="173"/>
        <source>Recorded %1: refund %2 to the original payment methods.</source>
        <translation>已登记 %1：按原支付方式退款 %2。</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="64"/>
        <source>Record sale</source>
        <translation>收银</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="67"/>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="92"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="71"/>
        <source>Scan barcode or type SKU</source>
        <translation>扫描条码或输入货号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="72"/>
        <source>e.g. 128.50</source>
        <translation>例如 128.50</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="74"/>
        <source>Barcode / SKU</source>
        <translation>条码 / 货号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="75"/>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="76"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="77"/>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="85"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="78"/>
        <source>Price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="79"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="80"/>
        <source>Line discount</source>
        <translation>单品优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="85"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="85"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="85"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="97"/>
        <source>Sale discount</source>
        <translation>整单优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="99"/>
        <source>Redeem points</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="100"/>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="101"/>
        <source>Amount (empty: the rest)</source>
        <translation>金额（留空：余额）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="102"/>
        <source>Second payment</source>
        <translation>第二支付方式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="103"/>
        <source>Second amount</source>
        <translation>第二金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="112"/>
        <source>Record sale (Ctrl+Enter)</source>
        <translation>确认收银（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="114"/>
        <source>Print receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="115"/>
        <source>Save receipt as PDF</source>
        <translation>小票另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="116"/>
        <source>Update sizes on file</source>
        <translation>更新档案尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="163"/>
        <source>Scan a product or describe the item.</source>
        <translation>请扫描商品或填写品名。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="247"/>
        <source>the service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="249"/>
        <source>Saved: receipt %1.</source>
        <translation>已保存：小票号 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="250"/>
        <source>Say to the customer: “That&apos;s %1 in all.”</source>
        <translation>请对顾客说：“一共 %1 元。”</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="251"/>
        <source>Please ask the customer to check the receipt.</source>
        <translation>请顾客核对小票。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="252"/>
        <source>Invoices (发票) are issued at: %1.</source>
        <translation>发票请到 %1 开具。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="255"/>
        <source>Points earned: %1</source>
        <translation>本次积分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="260"/>
        <source>Size on file for %1 is “%2”, bought “%3”: update?</source>
        <translation>%1 档案尺码为“%2”，本次购买“%3”：是否更新？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="298"/>
        <source>Save receipt</source>
        <translation>保存小票</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="44"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="45"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="46"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="47"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="48"/>
        <source>Stored value</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sale_dialog.py" line="49"/>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="48"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="43"/>
        <source>Quality defect</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="44"/>
        <source>Size / fit</source>
        <translation>尺码不合适</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="45"/>
        <source>Colour / style</source>
        <translation>颜色 / 款式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="46"/>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/return_dialog.py" line="47"/>
        <source>Damaged in transit</source>
        <translation>运输损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="34"/>
        <source>Alteration</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="35"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="36"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="37"/>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
</context>
<context>
    <name>SalesRulesSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales_settings.py" line="33"/>
        <source>Sales, points and returns</source>
        <translation>销售、积分与退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales_settings.py" line="41"/>
        <source>Spend per point (yuan)</source>
        <translation>每积 1 分消费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales_settings.py" line="42"/>
        <source>One point pays (fen)</source>
        <translation>1 积分抵（分）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales_settings.py" line="43"/>
        <source>Return window (days)</source>
        <translation>退货期限（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales_settings.py" line="44"/>
        <source>Refund limit without supervisor (yuan)</source>
        <translation>无需主管的退款上限（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales_settings.py" line="52"/>
        <source>Points multiplier: %1</source>
        <translation>积分倍率：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales_settings.py" line="56"/>
        <source>12-month spend for %1 (yuan)</source>
        <translation>%1 所需 12 个月消费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales_settings.py" line="61"/>
        <source>Save sales rules</source>
        <translation>保存销售规则</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales_settings.py" line="101"/>
        <source>Sales rules saved.</source>
        <translation>销售规则已保存。</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="48"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="62"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="63"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="64"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="65"/>
        <source>What will be done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="66"/>
        <source>Promised for</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="67"/>
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="78"/>
        <source>Due and overdue</source>
        <translation>到期与逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service_dialog.py" line="125"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/suggestion_dialog.py" line="19"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/suggestion_dialog.py" line="21"/>
        <source>What does the member suggest?</source>
        <translation>会员有什么建议？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/suggestion_dialog.py" line="24"/>
        <source>Save suggestion</source>
        <translation>保存建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/suggestion_dialog.py" line="47"/>
        <source>Suggestion saved. Thank the member for it.</source>
        <translation>建议已保存，请感谢会员。</translation>
    </message>
</context>
</TS>
