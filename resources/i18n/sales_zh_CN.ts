<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="59"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="60"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="61"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="62"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="63"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="64"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="65"/>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="107"/>
        <source>choose</source>
        <translation>选尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/cart_model.py" line="133"/>
        <source>Comes in %1: go to this cell (←) and press F2 or type the size</source>
        <translation>有 %1 可选：移到此格（←），按 F2 或直接输入尺码</translation>
    </message>
</context>
<context>
    <name>CouponSlipDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="59"/>
        <source>Coupon slip</source>
        <translation>优惠券凭条</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="65"/>
        <source>(no usable coupon on the card)</source>
        <translation>（会员没有可用的优惠券）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="67"/>
        <source>or scan or type a coupon&apos;s or a gift card&apos;s code</source>
        <translation>或扫描、输入优惠券或礼品卡的卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="69"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="70"/>
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="73"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="75"/>
        <source>Print slip</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="77"/>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="110"/>
        <source>Choose a coupon, or scan its code.</source>
        <translation>请选择一张优惠券，或扫描券码。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="136"/>
        <source>Gift card %1: its slip is printing.</source>
        <translation>礼品卡 %1：凭条正在打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="138"/>
        <source>Gift card %1: its slip is printed.</source>
        <translation>礼品卡 %1：凭条已打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="151"/>
        <source>Coupon %1: its slip is printing.</source>
        <translation>优惠券 %1：凭条正在打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="153"/>
        <source>Coupon %1: its slip is printed.</source>
        <translation>优惠券 %1：凭条已打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/coupon_slip_dialog.py" line="169"/>
        <source>Save coupon slip</source>
        <translation>保存优惠券凭条</translation>
    </message>
</context>
<context>
    <name>DrawerDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/drawer_dialog.py" line="27"/>
        <source>Open the cash drawer</source>
        <translation>开钱箱</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/drawer_dialog.py" line="32"/>
        <source>e.g. change for the till</source>
        <translation>例如：换零钱</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/drawer_dialog.py" line="33"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/drawer_dialog.py" line="44"/>
        <source>Supervisor:</source>
        <translation>主管：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/drawer_dialog.py" line="45"/>
        <source>Supervisor PIN:</source>
        <translation>主管密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/drawer_dialog.py" line="50"/>
        <source>Open the drawer</source>
        <translation>开钱箱</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/drawer_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/drawer_dialog.py" line="98"/>
        <source>The drawer opening is recorded.</source>
        <translation>开钱箱已记录。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="78"/>
        <source>Only {left} of “{item}” can still be returned.</source>
        <translation>“{item}”最多还能退 {left} 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="264"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="33"/>
        <source>Only a supervisor or a manager voids a sale.</source>
        <translation>只有主管或店长可以作废销售。</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="65"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="70"/>
        <source>Item code, or a description with its price; Enter adds it</source>
        <translation>商品编码，或商品名称加价格；回车添加</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="72"/>
        <source>Price (empty: the catalogue&apos;s)</source>
        <translation>价格（留空按商品目录价）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="83"/>
        <source>Member&apos;s PIN</source>
        <translation>会员密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="85"/>
        <source>(choose who approves)</source>
        <translation>（请选择审批主管）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="92"/>
        <source>Supervisor approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="93"/>
        <source>Supervisor PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="96"/>
        <source>Goods taken</source>
        <translation>换取商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="97"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="99"/>
        <source>Difference paid by</source>
        <translation>差价支付方式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="112"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="114"/>
        <source>Record exchange</source>
        <translation>确认换货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="116"/>
        <source>Print exchange slip</source>
        <translation>打印换货单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="118"/>
        <source>Save exchange slip as PDF</source>
        <translation>换货单另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="193"/>
        <source>Receipt %1: goods given back worth %2.</source>
        <translation>小票 %1：退回商品金额 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="198"/>
        <source>Goods taken: %1.</source>
        <translation>换取商品金额 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="200"/>
        <source>Add the goods the customer takes.</source>
        <translation>请添加顾客换取的商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="202"/>
        <source>The customer pays the difference: %1.</source>
        <translation>顾客补差价 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="206"/>
        <source>The difference goes back to the customer: %1 (%2).</source>
        <translation>退还顾客差价 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="211"/>
        <source>Even exchange: no money changes hands.</source>
        <translation>等价换货，无需补退差价。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="224"/>
        <source>Choose the supervisor who approves.</source>
        <translation>请选择审批的主管。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="256"/>
        <source>Recorded %1 and %2.</source>
        <translation>已记录 %1 和 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="261"/>
        <source>Paid: %1 %2</source>
        <translation>已收：%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="264"/>
        <source>Refunded: %1 %2</source>
        <translation>已退：%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="266"/>
        <source>Esc closes this window.</source>
        <translation>按 Esc 关闭本窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/exchange_dialog.py" line="297"/>
        <source>Save exchange slip</source>
        <translation>保存换货单</translation>
    </message>
</context>
<context>
    <name>GiftCardField</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_gift_card.py" line="25"/>
        <source>scan or type the card&apos;s code</source>
        <translation>扫描或输入卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_gift_card.py" line="46"/>
        <source>holds %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_gift_card.py" line="48"/>
        <source>%1 left after this sale</source>
        <translation>本单付后剩 %1</translation>
    </message>
</context>
<context>
    <name>NoReceiptDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="54"/>
        <source>Return without a receipt</source>
        <translation>无小票退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="58"/>
        <source>A return without a receipt is a supervisor&apos;s: the supervisor signed in records it; above the refund limit a second supervisor or the manager approves with their PIN.</source>
        <translation>无小票退货须由主管办理：由已登录的主管登记；退款超过限额时，须由另一位主管或店长输入密码审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="64"/>
        <source>What was sold, as the customer describes it</source>
        <translation>所购商品（按顾客描述）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="66"/>
        <source>e.g. 128.50</source>
        <translation>例如 128.50</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="74"/>
        <source>What is wrong with it, in the customer&apos;s words</source>
        <translation>商品有什么问题（用顾客的原话）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="76"/>
        <source>(choose who approves)</source>
        <translation>（请选择审批主管）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="83"/>
        <source>Supervisor approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="84"/>
        <source>Supervisor PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="87"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="88"/>
        <source>Refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="89"/>
        <source>Refund by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="90"/>
        <source>Return type</source>
        <translation>退货类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="91"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="101"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="103"/>
        <source>Record return and refund</source>
        <translation>登记退货并退款</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="105"/>
        <source>Print return slip</source>
        <translation>打印退货单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="107"/>
        <source>Save return slip as PDF</source>
        <translation>退货单存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="127"/>
        <source>Ask a supervisor to sign in at this counter to record it.</source>
        <translation>请主管在本收银台登录后办理。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="151"/>
        <source>Choose the supervisor who approves.</source>
        <translation>请选择审批的主管。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="199"/>
        <source>Recorded %1.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="200"/>
        <source>Refund %1: %2</source>
        <translation>退款 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="203"/>
        <source>Esc closes this window.</source>
        <translation>按 Esc 关闭本窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/no_receipt_dialog.py" line="231"/>
        <source>Save return slip</source>
        <translation>保存退货单</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="92"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="113"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="115"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="116"/>
        <source>Already returned</source>
        <translation>已退</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="117"/>
        <source>Return now</source>
        <translation>本次退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="134"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="97"/>
        <source>(the member&apos;s recent sales)</source>
        <translation>（会员最近的消费）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="104"/>
        <source>From history</source>
        <translation>从消费记录选择</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="106"/>
        <source>Scan or type the receipt number, then Enter</source>
        <translation>扫描或输入小票号，然后按回车</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="108"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="114"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="138"/>
        <source>What is wrong with it, in the customer&apos;s words</source>
        <translation>商品有什么问题（用顾客的原话）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="140"/>
        <source>(choose who approves)</source>
        <translation>（请选择审批主管）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="147"/>
        <source>Return type</source>
        <translation>退货类型</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="148"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="149"/>
        <source>Supervisor approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="150"/>
        <source>Supervisor PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="163"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="165"/>
        <source>Record return and refund</source>
        <translation>登记退货并退款</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="167"/>
        <source>E&amp;xchange instead…</source>
        <translation>改为换货(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="168"/>
        <source>Give these goods back for others (Alt+X)</source>
        <translation>退回这些商品，换取其他商品（Alt+X）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="170"/>
        <source>&amp;Without a receipt…</source>
        <translation>无小票退货(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="171"/>
        <source>No receipt to find: a supervisor&apos;s return (Alt+W)</source>
        <translation>找不到小票：由主管办理无小票退货（Alt+W）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="173"/>
        <source>Print return slip</source>
        <translation>打印退货单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="175"/>
        <source>Save return slip as PDF</source>
        <translation>退货单存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="241"/>
        <source>No receipt? Alt+W records a return without one.</source>
        <translation>没有小票？按 Alt+W 办理无小票退货。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="322"/>
        <source>Refund %1: %2</source>
        <translation>退款 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="327"/>
        <source>Redeemed points given back: %1</source>
        <translation>退还抵扣积分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="329"/>
        <source>Earned points taken back: %1</source>
        <translation>扣回所得积分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="331"/>
        <source>The card holds fewer: %1 points are owed, paid off from the next points earned.</source>
        <translation>会员积分不足：尚欠 %1 积分，从以后所得积分中扣除。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="351"/>
        <source>Choose the supervisor who approves.</source>
        <translation>请选择审批的主管。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="395"/>
        <source>Choose what is given back first.</source>
        <translation>请先选择退回的商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="429"/>
        <source>Recorded %1.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="435"/>
        <source>Back to the member&apos;s balance: %1; balance now %2 (principal %3 + bonus %4).</source>
        <translation>退回会员余额 %1，现余额 %2（本金 %3 + 赠送 %4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="441"/>
        <source>Esc closes this window.</source>
        <translation>按 Esc 关闭本窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="475"/>
        <source>Save return slip</source>
        <translation>保存退货单</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="76"/>
        <source>Record sale</source>
        <translation>收银</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="96"/>
        <source>Enter: add · ↓: to the cart (←: size, F2 to choose) · Del or −: remove line · +: one more · Ctrl+Enter: record</source>
        <translation>回车：添加 · ↓：到购物清单（←：尺码，F2 选择） · Del 或 −：删除该行 · +：再加一件 · Ctrl+Enter：确认收银</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="170"/>
        <source>Record sale (Ctrl+Enter)</source>
        <translation>确认收银（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="174"/>
        <source>Print receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="175"/>
        <source>Save receipt as PDF</source>
        <translation>小票另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="176"/>
        <source>Update sizes on file</source>
        <translation>更新档案尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="464"/>
        <source>Member price %1% off</source>
        <translation>会员折扣 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="483"/>
        <source>owes %1 points</source>
        <translation>尚欠 %1 积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="485"/>
        <source>birthday week: points ×%1</source>
        <translation>生日周积分 ×%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="499"/>
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
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="455"/>
        <source>Say to the customer: “That&apos;s %1 in all.”</source>
        <translation>请对顾客说：“一共 %1 元。”</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="172"/>
        <source>Remove line (Del)</source>
        <translation>删除该行（Del）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="177"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="477"/>
        <source>Member %1 · %2 · points %3</source>
        <translation>会员 %1 · %2 · 积分 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="474"/>
        <source>Customer without membership</source>
        <translation>非会员顾客</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="35"/>
        <source>Give change: %1</source>
        <translation>请找零：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="41"/>
        <source>Coupon %1 used: %2 off.</source>
        <translation>已用优惠券“%1”：优惠 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="47"/>
        <source>Paid from the member&apos;s balance: %1; balance now %2 (principal %3 + bonus %4).</source>
        <translation>会员余额支付 %1，现余额 %2（本金 %3 + 赠送 %4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="57"/>
        <source>Gift card %1 now holds %2.</source>
        <translation>礼品卡 %1 现余 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="62"/>
        <source>Please ask the customer to check the receipt.</source>
        <translation>请顾客核对小票。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="63"/>
        <source>Invoices (发票) are issued at: %1.</source>
        <translation>发票请到 %1 开具。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="67"/>
        <source>Points earned: %1</source>
        <translation>本次积分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="73"/>
        <source>First purchase: %1 points to the member who referred them.</source>
        <translation>首次消费：推荐人获得 %1 积分。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/checkout.py" line="81"/>
        <source>Size on file for %1 is “%2”, bought “%3”: update?</source>
        <translation>%1 档案尺码为“%2”，本次购买“%3”：是否更新？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_dialog.py" line="574"/>
        <source>Save receipt</source>
        <translation>保存小票</translation>
    </message>
</context>
<context>
    <name>SaleHistoryDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="64"/>
        <source>Sale history</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="89"/>
        <source>↑↓: choose · Enter: receipt · Ctrl+P: print again · Ctrl+Del: void · F6: return</source>
        <translation>↑↓：选择 · Enter：看小票 · Ctrl+P：补打小票 · Ctrl+Del：作废 · F6：退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="93"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="95"/>
        <source>Print again</source>
        <translation>补打小票</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="97"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="99"/>
        <source>Return…</source>
        <translation>退货…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="101"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="165"/>
        <source>The member&apos;s sales, newest first</source>
        <translation>该会员的消费记录（最近的在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="167"/>
        <source>Sales of %1 at this store, newest first</source>
        <translation>本店 %1 的销售（最近的在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="169"/>
        <source>No sales to show.</source>
        <translation>没有销售记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="208"/>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history.py" line="230"/>
        <source>This sale is already voided.</source>
        <translation>这笔销售已作废。</translation>
    </message>
</context>
<context>
    <name>SaleHistoryModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="53"/>
        <source>Receipt no.</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="54"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="55"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="56"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="57"/>
        <source>Payments</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="80"/>
        <source>(walk-in)</source>
        <translation>（散客）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="89"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="91"/>
        <source>Goods returned, %1 refunded</source>
        <translation>已退货，退款 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/sale_history_model.py" line="92"/>
        <source>Completed</source>
        <translation>已完成</translation>
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
        <translation>会员余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/labels.py" line="17"/>
        <source>Gift card</source>
        <translation>礼品卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/labels.py" line="18"/>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="71"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/labels.py" line="19"/>
        <source>Exchange credit</source>
        <translation>换货抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="66"/>
        <source>Quality defect</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="67"/>
        <source>Size / fit</source>
        <translation>尺码不合适</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="68"/>
        <source>Colour / style</source>
        <translation>颜色 / 款式</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="69"/>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/return_dialog.py" line="70"/>
        <source>Damaged in transit</source>
        <translation>运输损坏</translation>
    </message>
</context>
<context>
    <name>SalesRulesSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="39"/>
        <source>Sales, points and returns</source>
        <translation>销售、积分与退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="48"/>
        <source>Spend per point (yuan)</source>
        <translation>每积 1 分消费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="49"/>
        <source>One point pays (fen)</source>
        <translation>1 积分抵（分）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="50"/>
        <source>Return window (days)</source>
        <translation>退货期限（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="51"/>
        <source>Refund limit without supervisor (yuan)</source>
        <translation>无需主管的退款上限（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="59"/>
        <source>Points multiplier: %1</source>
        <translation>积分倍率：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="66"/>
        <source>Birthday points: %1</source>
        <translation>生日积分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="74"/>
        <source>Member price, percent off: %1</source>
        <translation>会员折扣（减百分之几）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="79"/>
        <source>0 or 1: no extra points in the birthday week</source>
        <translation>0 或 1：生日周不加倍积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="80"/>
        <source>Points in the member&apos;s birthday week</source>
        <translation>会员生日周积分倍数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="84"/>
        <source>Referral reward (points, on the new member&apos;s first sale)</source>
        <translation>推荐奖励（积分，被推荐会员首次消费时）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="88"/>
        <source>12-month spend for %1 (yuan)</source>
        <translation>%1 所需 12 个月消费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="93"/>
        <source>Save sales rules</source>
        <translation>保存销售规则</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/settings.py" line="158"/>
        <source>Sales rules saved.</source>
        <translation>销售规则已保存。</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="49"/>
        <source>End of shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="65"/>
        <source>Cash counted (yuan):</source>
        <translation>实点现金（元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="66"/>
        <source>Difference:</source>
        <translation>差额：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="67"/>
        <source>Why it differs:</source>
        <translation>差额原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="68"/>
        <source>Float for the next shift (yuan):</source>
        <translation>留给下一班的备用金（元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="73"/>
        <source>Close the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="75"/>
        <source>Print the report</source>
        <translation>打印交班表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="78"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="82"/>
        <source>Print again</source>
        <translation>补打小票</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="85"/>
        <source>Closed shifts:</source>
        <translation>已交班次：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="129"/>
        <source>No shift is open at till {till}. Type the float in the drawer and press Enter.</source>
        <translation>收银台 {till} 没有在进行的班次。请输入钱箱里的备用金，按回车开班。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="137"/>
        <source>Float (yuan):</source>
        <translation>备用金（元）：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="138"/>
        <source>Open the shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="142"/>
        <source>Till {till}, shift open since {when}.</source>
        <translation>收银台 {till}，本班 {when} 开班。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="154"/>
        <source>Expected now:</source>
        <translation>目前应有：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="182"/>
        <source>Shift opened at till {till}.</source>
        <translation>收银台 {till} 已开班。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="205"/>
        <source>Shift closed. The next shift has started with its float.</source>
        <translation>已交班。下一班已用留下的备用金开班。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="206"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/shift_dialog.py" line="249"/>
        <source>{till}, closed {when}, cash {difference}</source>
        <translation>{till}，{when} 交班，现金差额 {difference}</translation>
    </message>
</context>
<context>
    <name>TillCoupons</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_coupons.py" line="31"/>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_coupons.py" line="33"/>
        <source>%1% off</source>
        <translation>优惠 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_coupons.py" line="35"/>
        <source>from %1</source>
        <translation>满 %1 可用</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_coupons.py" line="38"/>
        <source>until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_coupons.py" line="52"/>
        <source>(no coupon)</source>
        <translation>（不用优惠券）</translation>
    </message>
</context>
<context>
    <name>TillEntry</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_entry.py" line="29"/>
        <source>Scan barcode or type SKU (3*SKU for three)</source>
        <translation>扫描条码或输入货号（3*货号 表示三件）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_entry.py" line="30"/>
        <source>Add (Enter)</source>
        <translation>添加（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_entry.py" line="31"/>
        <source>&amp;Code</source>
        <translation>条码/货号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_entry.py" line="37"/>
        <source>Item without a code</source>
        <translation>无条码商品的品名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_entry.py" line="38"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_entry.py" line="39"/>
        <source>Price, e.g. 128.50</source>
        <translation>单价，例如 128.50</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_entry.py" line="41"/>
        <source>(category)</source>
        <translation>（类别）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_entry.py" line="48"/>
        <source>Or &amp;item</source>
        <translation>或手输商品(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TillPrinter</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_printer.py" line="90"/>
        <source>{number} did not print. It is recorded; print it again when the printer is back. {why}</source>
        <translation>{number} 没有打印出来。单据已保存，打印机恢复后请补打。{why}</translation>
    </message>
</context>
<context>
    <name>TillTotals</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="42"/>
        <source>Items</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="43"/>
        <source>Discounts</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="44"/>
        <source>Points redeemed</source>
        <translation>积分抵扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="45"/>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="48"/>
        <source>empty: all that is due</source>
        <translation>留空：收取全部应收</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="50"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="63"/>
        <source>the member types their PIN</source>
        <translation>请会员本人输入支付密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="65"/>
        <source>scan the member&apos;s card</source>
        <translation>请扫会员本人的会员卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="73"/>
        <source>Sale &amp;discount</source>
        <translation>整单优惠(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="74"/>
        <source>Pay &amp;by</source>
        <translation>支付方式(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="75"/>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="76"/>
        <source>&amp;Second payment</source>
        <translation>第二支付方式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="77"/>
        <source>&amp;Gift card</source>
        <translation>礼品卡(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="78"/>
        <source>Cash &amp;tendered</source>
        <translation>实收现金(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="81"/>
        <source>Redeem &amp;points</source>
        <translation>积分抵扣(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="82"/>
        <source>C&amp;oupon</source>
        <translation>优惠券(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="87"/>
        <source>Member PI&amp;N</source>
        <translation>会员密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="87"/>
        <source>Member ca&amp;rd</source>
        <translation>会员卡(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="99"/>
        <source>Member balance</source>
        <translation>会员余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="100"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="101"/>
        <source>Paid by</source>
        <translation>支付明细</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="201"/>
        <source>%1 points = %2</source>
        <translation>%1 积分 = %2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="212"/>
        <source>%1 still to pay</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="216"/>
        <source>%1 more than is due</source>
        <translation>多付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="219"/>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="230"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="233"/>
        <source>%1 (principal %2 + bonus %3)</source>
        <translation>%1（本金 %2 + 赠送 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/till_totals.py" line="239"/>
        <source>%1 left after this sale</source>
        <translation>本单付后剩 %1</translation>
    </message>
</context>
<context>
    <name>VoidSaleDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="44"/>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="79"/>
        <source>Void sale</source>
        <translation>作废销售</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="48"/>
        <source>Void %1 (%2): the money goes back as it was paid; points, coupons and stored value come back.</source>
        <translation>作废 %1（%2）：钱款按原付款方式退回；积分、优惠券和储值一并退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="58"/>
        <source>Why, e.g. keyed the wrong amount</source>
        <translation>作废原因，例如：金额录错</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="72"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="73"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="74"/>
        <source>Supervisor PIN</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="81"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/sales/void_dialog.py" line="100"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
</TS>
