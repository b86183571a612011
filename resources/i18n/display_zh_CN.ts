<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="68"/>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="114"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="114"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="114"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="114"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="124"/>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="126"/>
        <source>Points to earn</source>
        <translation>本次可得积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="128"/>
        <source>Cash tendered</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="129"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="133"/>
        <source>Your points</source>
        <translation>您的积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="136"/>
        <source>Your stored-value balance</source>
        <translation>您的储值余额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="177"/>
        <source>Welcome to {store}</source>
        <translation>欢迎光临{store}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="187"/>
        <source>Welcome, {greeting}</source>
        <translation>{greeting}，欢迎光临</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="189"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="199"/>
        <source>Thank you!</source>
        <translation>谢谢惠顾！</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="230"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="232"/>
        <source>Member price {pct}% off</source>
        <translation>会员价 减{pct}%</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="236"/>
        <source>Discount on the sale</source>
        <translation>整单优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/window.py" line="238"/>
        <source>{points} points redeemed</source>
        <translation>积分抵扣 {points} 分</translation>
    </message>
</context>
<context>
    <name>DisplayChoice</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/choice.py" line="58"/>
        <source>There is no file at {path}.</source>
        <translation>找不到文件：{path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/choice.py" line="61"/>
        <source>{name} is not a picture (choose a PNG or JPEG file).</source>
        <translation>{name} 不是图片（请选择 PNG 或 JPEG 文件）。</translation>
    </message>
</context>
<context>
    <name>DisplayController</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/controller.py" line="55"/>
        <source>The customer display&apos;s screen ({screen}) is not connected.</source>
        <translation>顾客显示屏（{screen}）未连接。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/controller.py" line="102"/>
        <source>The customer display&apos;s screen was unplugged: the display is off until it is back.</source>
        <translation>顾客显示屏已断开，重新接上后自动恢复显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/controller.py" line="108"/>
        <source>The customer display is back on its screen.</source>
        <translation>顾客显示屏已恢复显示。</translation>
    </message>
</context>
<context>
    <name>DisplaySection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="31"/>
        <source>Customer display (second screen)</source>
        <translation>顾客显示屏（副屏）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="33"/>
        <source>Show the sale to the customer on a second screen</source>
        <translation>在副屏上向顾客显示收银明细</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="39"/>
        <source>The bundled logo</source>
        <translation>自带标志</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="40"/>
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="42"/>
        <source>Use the bundled logo</source>
        <translation>使用自带标志</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="50"/>
        <source>Screen:</source>
        <translation>显示屏：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="51"/>
        <source>Picture between customers:</source>
        <translation>空闲时显示的图片：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="52"/>
        <source>Save customer display</source>
        <translation>保存顾客显示屏设置</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="77"/>
        <source>(the counter&apos;s screen)</source>
        <translation>（收银主屏）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="80"/>
        <source>{screen} (not connected)</source>
        <translation>{screen}（未连接）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="99"/>
        <source>Picture between customers</source>
        <translation>空闲时显示的图片</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="99"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/display/settings.py" line="120"/>
        <source>Customer display saved.</source>
        <translation>顾客显示屏设置已保存。</translation>
    </message>
</context>
</TS>
