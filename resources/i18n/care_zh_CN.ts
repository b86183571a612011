<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AfterSalesList</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="121"/>
        <source>Show done and cancelled too</source>
        <translation>同时显示已完成和已取消的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="124"/>
        <source>Note (optional), e.g. what was done</source>
        <translation>备注（可选），例如处理情况</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="126"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="127"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="128"/>
        <source>Cancel it…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="131"/>
        <source>Mark selected:</source>
        <translation>标记所选：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="180"/>
        <source>Cancel after-sales</source>
        <translation>取消售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="181"/>
        <source>Cancel this after-sales promise?</source>
        <translation>确定取消这项售后服务吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="188"/>
        <source>Select a record first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="198"/>
        <source>Marked: %1</source>
        <translation>已标记：%1</translation>
    </message>
</context>
<context>
    <name>AfterSalesModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="66"/>
        <source>Promised for</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="66"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="66"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="67"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="67"/>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="67"/>
        <source>Last change</source>
        <translation>最近处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="87"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="92"/>
        <source>Walk-in customer</source>
        <translation>非会员顾客</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/aftersales_list.py" line="92"/>
        <source>(data erased)</source>
        <translation>（资料已删除）</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="25"/>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="80"/>
        <source>Greeting card</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="27"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="28"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="40"/>
        <source>Card:</source>
        <translation>贺卡：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="41"/>
        <source>Festival:</source>
        <translation>节日：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="48"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/card_print.py" line="52"/>
        <source>A greeting card needs a member: find the member first.</source>
        <translation>贺卡需要写上会员姓名：请先查到会员。</translation>
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
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="23"/>
        <source>Card printed</source>
        <translation>已打印贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="24"/>
        <source>Message sent</source>
        <translation>已发送短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="25"/>
        <source>Called</source>
        <translation>已致电</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="26"/>
        <source>Gift given</source>
        <translation>已送礼</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="27"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="33"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="34"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="35"/>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="36"/>
        <source>Women&apos;s Day</source>
        <translation>妇女节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="37"/>
        <source>Qingming</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="38"/>
        <source>Mother&apos;s Day</source>
        <translation>母亲节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="39"/>
        <source>Children&apos;s Day</source>
        <translation>儿童节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="40"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="41"/>
        <source>Father&apos;s Day</source>
        <translation>父亲节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="42"/>
        <source>Qixi</source>
        <translation>七夕</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="43"/>
        <source>Teachers&apos; Day</source>
        <translation>教师节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="44"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="45"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="46"/>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="47"/>
        <source>Winter Solstice</source>
        <translation>冬至</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="48"/>
        <source>Laba Festival</source>
        <translation>腊八节</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="49"/>
        <source>Little New Year</source>
        <translation>小年</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/labels.py" line="50"/>
        <source>Chinese New Year&apos;s Eve</source>
        <translation>除夕</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="188"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="191"/>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="236"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="208"/>
        <source>Mark selected:</source>
        <translation>标记所选：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="217"/>
        <source>One card per page</source>
        <translation>每页一张</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="218"/>
        <source>Four cards per A4 sheet</source>
        <translation>每张 A4 纸四张（裁切）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="219"/>
        <source>Print cards…</source>
        <translation>打印贺卡…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="222"/>
        <source>Export messages…</source>
        <translation>导出短信…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="226"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="234"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="235"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="262"/>
        <source>Care calendar</source>
        <translation>关怀日历</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="263"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="283"/>
        <source>Care</source>
        <translation>顾客关怀</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="298"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="310"/>
        <source>{kind}: {total} ({done} done)</source>
        <translation>{kind}：{total}（已处理 {done}）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="313"/>
        <source>Nothing to do in these days.</source>
        <translation>这几天没有需要关怀的事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="326"/>
        <source>Select the tasks first.</source>
        <translation>请先选择事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="334"/>
        <source>{count} marked: {action}</source>
        <translation>已标记 {count} 项：{action}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="358"/>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="423"/>
        <source>Choose birthdays, children&apos;s birthdays, festivals or events first.</source>
        <translation>请先选择生日、子女生日、节日或会员活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="380"/>
        <source>No cards to print in these days.</source>
        <translation>这几天没有要打印的贺卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="383"/>
        <source>Greeting cards</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="388"/>
        <source>Preparing cards…</source>
        <translation>正在准备贺卡…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="394"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="404"/>
        <source>{count} cards printed.</source>
        <translation>已打印 {count} 张贺卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="414"/>
        <source>Export messages</source>
        <translation>导出短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="415"/>
        <source>messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="416"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="431"/>
        <source>SMS file: %1</source>
        <translation>短信文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="450"/>
        <source>{count} messages written; {left} members left out (no consent).</source>
        <translation>已导出 {count} 条短信；{left} 位会员未同意接收，未包含在内。</translation>
    </message>
</context>
<context>
    <name>CareSettingsSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="21"/>
        <source>Greeting cards</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="29"/>
        <source>Edit card texts…</source>
        <translation>编辑贺卡文字…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="32"/>
        <source>Choose logo…</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="45"/>
        <source>The store&apos;s card texts and logo: {folder}</source>
        <translation>本店的贺卡文字和标志：{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="50"/>
        <source>The store&apos;s card texts cannot be read, the shipped texts are used: {problem}</source>
        <translation>无法读取本店的贺卡文字，正在使用默认文字：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="57"/>
        <source>Using the store&apos;s own texts.</source>
        <translation>正在使用本店自己的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="57"/>
        <source>Using the shipped texts.</source>
        <translation>正在使用默认文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/settings.py" line="75"/>
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
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="161"/>
        <source>child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="162"/>
        <source>{child} turns {age}</source>
        <translation>{child}满 {age} 岁</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="164"/>
        <source> (lunar)</source>
        <translation>（农历）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/care/care_page.py" line="166"/>
        <source>turns {age}</source>
        <translation>满 {age} 岁</translation>
    </message>
</context>
</TS>
