<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AfterSalesList</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="132"/>
        <source>Show done and cancelled too</source>
        <translation>同时显示已完成和已取消的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="135"/>
        <source>Note (optional), e.g. what was done</source>
        <translation>备注（可选），例如处理情况</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="137"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="138"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="139"/>
        <source>Cancel it…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="142"/>
        <source>Mark selected:</source>
        <translation>标记所选：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="191"/>
        <source>Cancel after-sales</source>
        <translation>取消售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="192"/>
        <source>Cancel this after-sales promise?</source>
        <translation>确定取消这项售后服务吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="199"/>
        <source>Select a record first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="209"/>
        <source>Marked: %1</source>
        <translation>已标记：%1</translation>
    </message>
</context>
<context>
    <name>AfterSalesModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="79"/>
        <source>Promised for</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="79"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="79"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="79"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="80"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="80"/>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="80"/>
        <source>Last change</source>
        <translation>最近处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="100"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="105"/>
        <source>Walk-in customer</source>
        <translation>非会员顾客</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="105"/>
        <source>(data erased)</source>
        <translation>（资料已删除）</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="32"/>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="130"/>
        <source>Greeting card</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="70"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="72"/>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="90"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="49"/>
        <source>Card:</source>
        <translation>贺卡：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="50"/>
        <source>Festival:</source>
        <translation>节日：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="57"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="58"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="73"/>
        <source>A greeting card needs a member: find the member first.</source>
        <translation>贺卡需要写上会员姓名：请先查到会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="85"/>
        <source>Child&apos;s birthday: %1, turning %2</source>
        <translation>子女生日：%1（满%2岁）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="96"/>
        <source>Birthday (no birthday on file)</source>
        <translation>生日（未登记生日）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="98"/>
        <source>No birthday on file: add it with Edit member (F4), or choose another card.</source>
        <translation>该会员未登记生日：可按 F4 修改资料补上生日，或选择其他贺卡。</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="13"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="14"/>
        <source>Child&apos;s birthday</source>
        <translation>子女生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="15"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="16"/>
        <source>Member event</source>
        <translation>会员活动</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="17"/>
        <source>After-sales due</source>
        <translation>售后到期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="18"/>
        <source>★ Points expiring</source>
        <translation>★ 积分将过期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="19"/>
        <source>Apology</source>
        <translation>投诉致歉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="20"/>
        <source>Supervisor call</source>
        <translation>主管回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="26"/>
        <source>Card printed</source>
        <translation>已打印贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="27"/>
        <source>Message sent</source>
        <translation>已发送短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="28"/>
        <source>Called</source>
        <translation>已致电</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="29"/>
        <source>Gift given</source>
        <translation>已送礼</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="30"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="36"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="37"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="38"/>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="39"/>
        <source>Women&apos;s Day</source>
        <translation>妇女节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="40"/>
        <source>Qingming</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="41"/>
        <source>Mother&apos;s Day</source>
        <translation>母亲节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="42"/>
        <source>Children&apos;s Day</source>
        <translation>儿童节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="43"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="44"/>
        <source>Father&apos;s Day</source>
        <translation>父亲节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="45"/>
        <source>Qixi</source>
        <translation>七夕</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="46"/>
        <source>Teachers&apos; Day</source>
        <translation>教师节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="47"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="48"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="49"/>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="50"/>
        <source>Winter Solstice</source>
        <translation>冬至</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="51"/>
        <source>Laba Festival</source>
        <translation>腊八节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="52"/>
        <source>Little New Year</source>
        <translation>小年</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="53"/>
        <source>Chinese New Year&apos;s Eve</source>
        <translation>除夕</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="205"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="208"/>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="263"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="225"/>
        <source>Mark selected:</source>
        <translation>标记所选：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="234"/>
        <source>One card per page</source>
        <translation>每页一张</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="235"/>
        <source>Four cards per A4 sheet</source>
        <translation>每张 A4 纸四张（裁切）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="236"/>
        <source>Print cards… (Ctrl+P)</source>
        <translation>打印贺卡…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="240"/>
        <source>The selected tasks&apos; cards; with nothing selected, the cards of every task shown</source>
        <translation>打印所选事项的贺卡；未选择时打印列表中全部事项的贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="243"/>
        <source>Export messages…</source>
        <translation>导出短信…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="245"/>
        <source>Win-back messages…</source>
        <translation>挽回短信…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="253"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="261"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="262"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="290"/>
        <source>Care calendar</source>
        <translation>关怀日历</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="291"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="312"/>
        <source>Care</source>
        <translation>顾客关怀</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="343"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="356"/>
        <source>{kind}: {total} ({done} done)</source>
        <translation>{kind}：{total}（已处理 {done}）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="359"/>
        <source>Nothing to do in these days.</source>
        <translation>这几天没有需要关怀的事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="372"/>
        <source>Select the tasks first.</source>
        <translation>请先选择事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="380"/>
        <source>{count} marked: {action}</source>
        <translation>已标记 {count} 项：{action}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="413"/>
        <source>After-sales tasks have no greeting cards: show another kind.</source>
        <translation>售后到期没有贺卡，请选择其他事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="434"/>
        <source>No cards to print for these tasks.</source>
        <translation>这些事项没有要打印的贺卡。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="477"/>
        <source>%n card(s) printed.</source>
        <translation>
            <numerusform>已打印 %n 张贺卡。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="479"/>
        <source>%n task(s) marked “card printed”.</source>
        <translation>
            <numerusform>%n 项任务已标记“贺卡已打印”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="497"/>
        <source>Export messages</source>
        <translation>导出短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="498"/>
        <source>messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="499"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="515"/>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="528"/>
        <source>SMS file: %1</source>
        <translation>短信文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="551"/>
        <source>%n message(s) written</source>
        <translation>
            <numerusform>已导出 %n 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="552"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="553"/>
        <source>%n member(s) left out (no consent).</source>
        <translation>
            <numerusform>%n 位会员未同意接收，未包含在内。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="485"/>
        <source>Saved to {path}. Nothing is marked printed until the cards are printed.</source>
        <translation>已保存到 {path}。贺卡实际打印后才会标记为“已打印贺卡”。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="507"/>
        <source>After-sales tasks have no greeting messages: show another kind.</source>
        <translation>售后到期没有祝福短信，请选择其他事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="439"/>
        <source>Greeting cards</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="248"/>
        <source>A message for each member lapsed in the last year, worded by the likely cause</source>
        <translation>给近一年内流失的每位会员一条短信，按可能原因措辞</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="448"/>
        <source>Preparing cards…</source>
        <translation>正在准备贺卡…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="454"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>CareSettingsSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="46"/>
        <source>Greeting cards</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="54"/>
        <source>Edit card texts…</source>
        <translation>编辑贺卡文字…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="57"/>
        <source>Choose logo…</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="81"/>
        <source>Save signature</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="90"/>
        <source>SMS signature</source>
        <translation>短信签名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="93"/>
        <source>Starts every exported message as 【signature】. 2 to 16 Chinese characters, letters or digits; no spaces or punctuation (SMS providers refuse them).</source>
        <translation>导出的每条短信以【签名】开头。签名为 2 至 16 个汉字、字母或数字，不能有空格或标点（短信平台会拒收）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="139"/>
        <source>Saved: messages start with %1.</source>
        <translation>已保存：短信将以%1开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="150"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="151"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="161"/>
        <source>Lapsed after, without a purchase</source>
        <translation>多久不购买算流失</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="193"/>
        <source>in the birthday month</source>
        <translation>生日当月可用</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="196"/>
        <source>in the birthday week (3 days either side)</source>
        <translation>生日当周可用（生日前后 3 天）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="200"/>
        <source>Save coupons</source>
        <translation>保存优惠券设置</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="210"/>
        <source>Birthday coupon</source>
        <translation>生日券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="211"/>
        <source>Welcome coupon</source>
        <translation>新人礼券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="214"/>
        <source>Given with the care calendar, once: a birthday coupon each year, a welcome coupon to each member enrolled from the day it is chosen.</source>
        <translation>随顾客关怀日历发放，不重复：生日券每年一张；新人礼券发给选定之日起入会的每位会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="258"/>
        <source>No coupon</source>
        <translation>不发券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="181"/>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="282"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="289"/>
        <source>The store&apos;s card texts and logo: {folder}</source>
        <translation>本店的贺卡文字和标志：{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="294"/>
        <source>The store&apos;s card texts cannot be read, the shipped texts are used: {problem}</source>
        <translation>无法读取本店的贺卡文字，正在使用默认文字：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="301"/>
        <source>Using the store&apos;s own texts.</source>
        <translation>正在使用本店自己的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="301"/>
        <source>Using the shipped texts.</source>
        <translation>正在使用默认文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="319"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
</context>
<context>
    <name>CareTableModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="126"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="126"/>
        <source>For</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="126"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="126"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="126"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="127"/>
        <source>Done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="166"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="172"/>
        <source>child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="173"/>
        <source>{child} turns {age}</source>
        <translation>{child}满 {age} 岁</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="175"/>
        <source> (lunar)</source>
        <translation>（农历）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="177"/>
        <source>turns {age}</source>
        <translation>满 {age} 岁</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="183"/>
        <source>{points} points expire by {day}: call or message</source>
        <translation>{points} 积分将于 {day} 过期：请致电或发消息提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="187"/>
        <source>Not followed up: {complaint}</source>
        <translation>投诉未回访：{complaint}</translation>
    </message>
</context>
</TS>
